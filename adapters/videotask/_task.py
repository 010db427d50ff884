"""TaskState and VideoTask: one answer for every provider."""

from __future__ import annotations

import enum
import operator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

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


@attrs.frozen(slots=False, init=False, order=False)
class VideoTask(tuple[Any, ...]):
    """A task as every family reports it, plus the raw body it came from (untouched).

    An attrs class (`attrs.fields`, `attrs.evolve`, frozen, eq and hash without `raw`, a repr without `raw`)
    whose values are kept in a tuple: a poll builds one with `tuple.__new__(VideoTask, values)` (the values in
    field order) in a seventh of the time a frozen slotted attrs class takes (160 against 1,170 ns); each
    field reads its place through operator.itemgetter. Compare and read it by field, not as a sequence.
    """

    __slots__ = ()

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

    def __new__(
        cls,
        family: str,
        task_id: str,
        state: TaskState,
        raw_status: str | None,
        progress: float | None,
        video_url: str | None,
        error: str | None,
        created_at: datetime | None,
        finished_at: datetime | None,
        expires_at: datetime | None,
        raw: Any,
        file_id: str | None = None,
        route: str | None = None,
    ) -> VideoTask:
        values = (family, task_id, state, raw_status, progress, video_url, error, created_at, finished_at)
        return tuple.__new__(cls, (*values, expires_at, raw, file_id, route))

    if TYPE_CHECKING:  # what attrs' mypy plugin reads for `attrs.evolve` (at run time `__new__` does it all)

        def __init__(
            self, family: str, task_id: str, state: TaskState, raw_status: str | None, progress: float | None,
            video_url: str | None, error: str | None, created_at: datetime | None, finished_at: datetime | None,
            expires_at: datetime | None, raw: Any, file_id: str | None = None, route: str | None = None,
        ) -> None: ...  # fmt: skip

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy and pickle
        return tuple(self)

    # A tuple orders by its items; a VideoTask, like any attrs class without `order`, does not order at all.
    def __lt__(self, other: tuple[Any, ...]) -> bool:
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__

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


def _time_reader(index: int, doc: str) -> Any:
    """A time field: the readers keep whole unix seconds as sent (an int) and the datetime is built here, when
    the field is read; a poll that never reads it pays nothing for it (a datetime costs a tenth of a poll's
    reading). Equality, hash, repr, `to_dict` and `attrs.evolve` all read fields through this."""
    place = operator.itemgetter(index)

    def read(self: VideoTask) -> datetime | None:
        value = place(self)
        return datetime.fromtimestamp(value, UTC) if value.__class__ is int else value

    return property(read, doc=doc)


# attrs took the annotated names off the class (it keeps no values there): each reads its place in the tuple
# through operator.itemgetter, a C call (48 ns a read, where the private accessor namedtuple's fields use took 31).
_TIMES = frozenset({"created_at", "finished_at", "expires_at"})
for _index, _field in enumerate(attrs.fields(cast(Any, VideoTask))):
    _doc = f"VideoTask.{_field.name}"
    _reader = _time_reader(_index, _doc) if _field.name in _TIMES else property(operator.itemgetter(_index), doc=_doc)
    setattr(VideoTask, _field.name, _reader)
