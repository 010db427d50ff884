"""KlingImage2VideoTaskDataStatus: a shape other families have too, generated once in the shared models."""

from ...shared.models import TaskDataStatus as KlingImage2VideoTaskDataStatus

__all__ = ("KlingImage2VideoTaskDataStatus",)
