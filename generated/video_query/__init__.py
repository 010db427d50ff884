"""Generated from specs/video_query.yaml by `make gen`; do not edit.

A client library for accessing Unified /v1/video relay tasks (veo, grok, jimeng, sora)
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
