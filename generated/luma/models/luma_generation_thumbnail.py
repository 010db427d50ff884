"""LumaGenerationThumbnail: a shape other families have too, generated once in the shared models."""

from ...shared.models import HeightUrlWidthObject as LumaGenerationThumbnail

__all__ = ("LumaGenerationThumbnail",)
