"""VideoObjectMetadata: a shape other families have too, generated once in the shared models."""

from ...shared.models import UrlObject as VideoObjectMetadata

__all__ = ("VideoObjectMetadata",)
