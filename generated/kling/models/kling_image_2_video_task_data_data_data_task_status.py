"""KlingImage2VideoTaskDataDataDataTaskStatus: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingVideoTaskDataDataDataTaskStatus as KlingImage2VideoTaskDataDataDataTaskStatus,
)

__all__ = ("KlingImage2VideoTaskDataDataDataTaskStatus",)
