"""JimengTaskResponseDataDataMetadata: a shape other families have too, generated once in the shared models."""

from ...shared.models import AnyObject as JimengTaskResponseDataDataMetadata

__all__ = ("JimengTaskResponseDataDataMetadata",)
