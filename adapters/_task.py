"""TaskState and VideoTask: one answer for every provider."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import attrs

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


@attrs.frozen
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
    # the body as received: kilobytes, and whatever the gateway echoed; not part of equality or the hash
    raw: Any = attrs.field(repr=False, eq=False)
    file_id: str | None = None  # a result that needs a second call to become a URL (MiniMax's file id)
    route: str | None = None  # the query route a created task is read through (kling: "image2video"); None: default

    @property
    def is_terminal(self) -> bool:
        return self.state.is_terminal

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the state by its value, times in ISO 8601, `raw` as received."""
        out: dict[str, Any] = {}
        for field in attrs.fields(VideoTask):
            value = getattr(self, field.name)
            if isinstance(value, TaskState):
                value = value.value
            elif isinstance(value, datetime):
                value = value.isoformat()
            out[field.name] = value
        return out
