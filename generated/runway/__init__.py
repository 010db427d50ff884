"""Generated from specs/runway.yaml by `make gen`; do not edit.

A client library for accessing Runway video tasks through a relay
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
