"""Generated from specs/video_generations.yaml by `make gen`; do not edit.

A client library for accessing new-api video generation task query
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
