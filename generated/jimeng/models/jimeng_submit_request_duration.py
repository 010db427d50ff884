"""JimengSubmitRequestDuration: a shape other families have too, generated once in the shared models."""

from ...shared.models import VideoBodyDuration as JimengSubmitRequestDuration

__all__ = ("JimengSubmitRequestDuration",)
