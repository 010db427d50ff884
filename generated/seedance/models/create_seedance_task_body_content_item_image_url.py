"""CreateSeedanceTaskBodyContentItemImageUrl: a shape other families have too, generated once in the shared models."""

from ...shared.models import UrlObject as CreateSeedanceTaskBodyContentItemImageUrl

__all__ = ("CreateSeedanceTaskBodyContentItemImageUrl",)
