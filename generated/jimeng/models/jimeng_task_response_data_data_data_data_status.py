"""JimengTaskResponseDataDataDataDataStatus: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    JimengTaskResponseDataDataStatus as JimengTaskResponseDataDataDataDataStatus,
)

__all__ = ("JimengTaskResponseDataDataDataDataStatus",)
