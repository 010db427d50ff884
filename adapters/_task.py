"""TaskState and VideoTask: one answer for every provider."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from attrs import frozen

__all__ = ["TaskState", "VideoTask"]


class TaskState(enum.Enum):
    """The unified task state; each family's raw vocabulary maps onto it through a status table."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"  # a status nobody documented: never final, never a guess

    @property
    def is_terminal(self) -> bool:
        return self in _TERMINAL


_TERMINAL = frozenset({TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED})


@frozen
class VideoTask:
    """A task as every family reports it, plus the raw body it came from (untouched)."""

    family: str
    task_id: str
    state: TaskState
    raw_status: str | None
    progress: float | None  # 0.0-1.0
    video_url: str | None
    error: str | None
    created_at: datetime | None
    finished_at: datetime | None
    expires_at: datetime | None
    raw: Any

    @property
    def is_terminal(self) -> bool:
        return self.state.is_terminal
