"""LumaGenerationLastFrame: a shape other families have too, generated once in the shared models."""

from ...shared.models import HeightUrlWidthObject as LumaGenerationLastFrame

__all__ = ("LumaGenerationLastFrame",)
