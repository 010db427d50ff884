"""ViduCreationsCreationsItem: a shape other families have too, generated once in the shared models."""

from ...shared.models import ViduCreationsItem as ViduCreationsCreationsItem

__all__ = ("ViduCreationsCreationsItem",)
