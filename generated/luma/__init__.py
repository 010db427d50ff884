"""Generated from specs/luma.yaml by `make gen`; do not edit.

A client library for accessing Luma Dream Machine generations through a relay
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
