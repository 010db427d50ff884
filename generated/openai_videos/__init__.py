"""Generated from specs/openai_videos.yaml by `make gen`; do not edit.

A client library for accessing OpenAI-style video object (Sora-2 relays)
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
