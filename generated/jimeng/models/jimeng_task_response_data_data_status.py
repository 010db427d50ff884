"""JimengTaskResponseDataDataStatus: a shape other families have too, generated once in the shared models."""

from ...shared.models import JimengTaskResponseDataDataStatus

__all__ = ("JimengTaskResponseDataDataStatus",)
