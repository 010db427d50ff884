"""KlingText2VideoTaskDataDataDataTaskStatus: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingVideoTaskDataDataDataTaskStatus as KlingText2VideoTaskDataDataDataTaskStatus,
)

__all__ = ("KlingText2VideoTaskDataDataDataTaskStatus",)
