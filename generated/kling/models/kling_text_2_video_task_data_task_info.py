"""KlingText2VideoTaskDataTaskInfo: a shape other families have too, generated once in the shared models."""

from ...shared.models import KlingDataTaskInfo as KlingText2VideoTaskDataTaskInfo

__all__ = ("KlingText2VideoTaskDataTaskInfo",)
