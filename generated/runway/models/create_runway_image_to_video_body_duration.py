"""CreateRunwayImageToVideoBodyDuration: a shape other families have too, generated once in the shared models."""

from ...shared.models import VideoBodyDuration as CreateRunwayImageToVideoBodyDuration

__all__ = ("CreateRunwayImageToVideoBodyDuration",)
