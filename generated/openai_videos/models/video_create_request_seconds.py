"""VideoCreateRequestSeconds: a shape other families have too, generated once in the shared models."""

from ...shared.models import CreateVideoBodySeconds as VideoCreateRequestSeconds

__all__ = ("VideoCreateRequestSeconds",)
