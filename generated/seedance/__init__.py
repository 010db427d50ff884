"""Generated from specs/seedance.yaml by `make gen`; do not edit.

A client library for accessing Seedance (Volcengine Ark) video tasks through a relay
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
