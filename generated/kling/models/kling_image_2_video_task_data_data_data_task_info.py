"""KlingImage2VideoTaskDataDataDataTaskInfo: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingDataTaskInfo as KlingImage2VideoTaskDataDataDataTaskInfo,
)

__all__ = ("KlingImage2VideoTaskDataDataDataTaskInfo",)
