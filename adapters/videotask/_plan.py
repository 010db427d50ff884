"""When to ask about a task next, from what it says: its progress and how fast that rises, else how long its
family's tasks usually take (specs/timing/durations.yaml: data, not code).

A task is asked rarely while it cannot be done yet and soon after it likely is: no poll before the family's
`shortest` time; then, while its progress rate is unknown, half the time its end is still expected to be away
(from one progress reading, else from the family's `typical` duration); with a rate two polls measured, just
after the end that rate predicts (but never more than half the time it has run so far, in case the rate
changes); once the end is close or past, every `TAIL` of the time the task has run so far (at least
`MIN_TAIL` s), so a finished task is seen within about a tenth of its duration. Pure arithmetic on the times it is
given: the batch passes its clock's readings, so tests need no sleeping.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import yaml
from attrs import frozen

__all__ = ["MIN_TAIL", "TAIL", "Durations", "PollPlan", "durations"]

TAIL = 0.08  # near or past the expected end: a poll every 8% of the time the task has run
MIN_TAIL = 1.0  # ... but not more often than once a second
MAX_DELAY = 300.0  # never more than five minutes between two polls of a task
MEASURED = 1.0  # with a progress rate two polls measured: aim at the end it predicts ...
SLACK = 0.5  # ... plus this much (or the tail, when shorter)


@frozen
class Durations:
    """Seconds a family's tasks take: rarely less than `shortest`, mostly about `typical`, rarely over `longest`."""

    shortest: float
    typical: float
    longest: float

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.shortest <= self.typical <= self.longest:
            raise ValueError(f"durations must be 0 <= shortest <= typical <= longest, not {self}")


@functools.cache
def _table() -> dict[str, Any]:
    from videotask._families import SPECS_DIR

    loaded = yaml.safe_load((SPECS_DIR / "timing" / "durations.yaml").read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def durations(family: str, table: Mapping[str, Any] | None = None) -> Durations:
    """The family's durations from `table` (default: specs/timing/durations.yaml), else its `default` row."""
    rows = _table() if table is None else table
    row = rows.get(family) or rows.get("default") or {"shortest": 20, "typical": 90, "longest": 600}
    return Durations(float(row["shortest"]), float(row["typical"]), float(row["longest"]))


class PollPlan:
    """One task's poll schedule, from the time it was created and what each poll said."""

    __slots__ = ("anchor", "expected", "last", "started")

    def __init__(self, expected: Durations, started: float) -> None:
        self.expected, self.started = expected, started
        self.anchor: tuple[float, float] | None = None  # the first (time, progress) seen above 0
        self.last: tuple[float, float] | None = None  # the latest (time, progress) where progress changed

    def seen(self, now: float, progress: float | None) -> None:
        """What a poll at `now` said (progress 0.0-1.0 as VideoTask has it, None when the family reports none)."""
        if progress is None or progress <= 0 or progress >= 1:
            return
        if self.anchor is None:
            self.anchor = (now, progress)
        if self.last is None or progress > self.last[1]:
            self.last = (now, progress)

    def end(self) -> tuple[float, float]:
        """(when the task is expected to end, the share of the time left until then to wait): all of it
        (`MEASURED`) when two polls measured its progress rate; half when one did (from its create, so time spent
        queued makes the rate look slower and the end later than it is) or when it comes from the family's
        typical duration."""
        if self.last is not None:
            measured = self.anchor is not None and self.anchor != self.last
            t0, p0 = self.anchor if measured and self.anchor is not None else (self.started, 0.0)
            t1, p1 = self.last
            if t1 > t0 and p1 > p0:
                return t1 + (1.0 - p1) * (t1 - t0) / (p1 - p0), MEASURED if measured else 0.5
        return self.started + self.expected.typical, 0.5

    def delay(self, now: float) -> float:
        """Seconds from `now` to the next poll."""
        elapsed = max(0.0, now - self.started)
        if elapsed < self.expected.shortest:
            return min(self.expected.shortest - elapsed, MAX_DELAY)
        tail = max(MIN_TAIL, TAIL * elapsed)
        end, share = self.end()
        remaining = end - now
        if share == MEASURED and remaining > 0:  # just after the end it predicts, but not past half the time run
            return min(remaining + min(tail, SLACK), max(tail, elapsed / 2), MAX_DELAY)
        if remaining <= tail:
            return min(tail, MAX_DELAY)
        return min(max(tail, share * remaining), MAX_DELAY)
