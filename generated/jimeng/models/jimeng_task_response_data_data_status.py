"""JimengTaskResponseDataDataStatus: a shape other families have too, generated once in the shared models."""

from ...shared.models import DataStatus as JimengTaskResponseDataDataStatus

__all__ = ("JimengTaskResponseDataDataStatus",)
