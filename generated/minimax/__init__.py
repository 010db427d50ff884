"""Generated from specs/minimax.yaml by `make gen`; do not edit.

A client library for accessing MiniMax (Hailuo) video tasks through a relay
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
