"""KlingImage2VideoTaskDataTaskInfo: a shape other families have too, generated once in the shared models."""

from ...shared.models import KlingDataTaskInfo as KlingImage2VideoTaskDataTaskInfo

__all__ = ("KlingImage2VideoTaskDataTaskInfo",)
