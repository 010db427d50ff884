"""ViduTaskResponseCreationsItem: a shape other families have too, generated once in the shared models."""

from ...shared.models import ViduCreationsItem as ViduTaskResponseCreationsItem

__all__ = ("ViduTaskResponseCreationsItem",)
