"""VideoCreateRequestSize: a shape other families have too, generated once in the shared models."""

from ...shared.models import CreateVideoBodySize as VideoCreateRequestSize

__all__ = ("VideoCreateRequestSize",)
