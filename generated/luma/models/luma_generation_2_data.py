"""LumaGeneration2Data: a shape other families have too, generated once in the shared models."""

from ...shared.models import AnyObject as LumaGeneration2Data

__all__ = ("LumaGeneration2Data",)
