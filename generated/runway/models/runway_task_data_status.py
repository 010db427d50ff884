"""RunwayTaskDataStatus: a shape other families have too, generated once in the shared models."""

from ...shared.models import TaskDataStatus as RunwayTaskDataStatus

__all__ = ("RunwayTaskDataStatus",)
