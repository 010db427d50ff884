"""VideoGenerationSubmitRequestMetadata: a shape other families have too, generated once in the shared models."""

from ...shared.models import AnyObject as VideoGenerationSubmitRequestMetadata

__all__ = ("VideoGenerationSubmitRequestMetadata",)
