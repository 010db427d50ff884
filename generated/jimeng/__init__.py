"""Generated from specs/jimeng.yaml by `make gen`; do not edit.

A client library for accessing Jimeng / Seedance task query
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
