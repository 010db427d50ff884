"""Generated from specs/kling.yaml by `make gen`; do not edit.

A client library for accessing Kling video tasks through a relay
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
