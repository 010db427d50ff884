"""Generated from specs/shared/models.yaml by `make gen`; do not edit.

A client library for accessing videotask shared models
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
