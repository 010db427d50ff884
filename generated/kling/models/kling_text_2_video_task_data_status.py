"""KlingText2VideoTaskDataStatus: a shape other families have too, generated once in the shared models."""

from ...shared.models import TaskDataStatus as KlingText2VideoTaskDataStatus

__all__ = ("KlingText2VideoTaskDataStatus",)
