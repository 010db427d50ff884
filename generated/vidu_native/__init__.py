"""Generated from specs/vidu_native.yaml by `make gen`; do not edit.

A client library for accessing Vidu native task query
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
