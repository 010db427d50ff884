"""KlingText2VideoTaskDataDataDataTaskInfo: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingDataTaskInfo as KlingText2VideoTaskDataDataDataTaskInfo,
)

__all__ = ("KlingText2VideoTaskDataDataDataTaskInfo",)
