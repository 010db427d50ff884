"""Generated from specs/wan.yaml by `make gen`; do not edit.

A client library for accessing Alibaba Wan (DashScope) video tasks through a relay
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
