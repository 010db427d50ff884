"""When to ask about a task next, from what it says: its progress and how fast that rises, else how long its
family's tasks usually take (specs/timing/durations.yaml: data, not code). Every wait polls on this plan:
`Gateway.wait`, `create_and_wait`, `wait_all` and `videotask batch`.

A task is asked rarely while it cannot be done yet and soon after it likely is. Its age counts from its create
when the wait made it (`create_and_wait`, a batch), else from the wait's first poll (a `wait` on a task made
elsewhere, whose age is unknown: it is polled at once). Then:

- no poll before the family's `shortest` time (only when its create time is known);
- while its progress rate is unknown, half the time its end is still expected to be away: the end one progress
  reading predicts (from its create: `age / progress`; with no create time: `(1 - progress) * typical` after
  the reading), else the family's `typical` duration after its create (or the first poll);
- with a rate two readings measured, just after the end that rate predicts (`SLACK` s, or the tail when
  shorter), but never more than half its age, in case the rate changes;
- once that end is no more than a tail away, or past, a tail: every `TAIL` of its age (at least `MIN_TAIL` s),
  so a finished task is seen within about a tenth of its duration; never more than `MAX_DELAY` s between polls.

`Poller` adds what is not the task's: the caller's fixed interval (wins over all), the server's hint (a
`Retry-After` or poll-after header: no poll before it, up to `MAX_HINT` s) and the deadline (never slept past:
the last poll is at the deadline). Pure arithmetic on the times it is given, so tests need no sleeping.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from attrs import frozen

__all__ = ["MIN_TAIL", "TAIL", "Durations", "PollPlan", "Poller", "durations"]

TAIL = 0.08  # near or past the expected end: a poll every 8% of the task's age
MIN_TAIL = 1.0  # ... but not more often than once a second
MAX_DELAY = 300.0  # never more than five minutes between two polls of a task
MEASURED = 1.0  # with a progress rate two polls measured: aim at the end it predicts ...
SLACK = 0.5  # ... plus this much (or the tail, when shorter)
MAX_HINT = 60.0  # a server asking for a longer pause is asked again after this long


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
    from videotask._families import SPECS_DIR  # on the first wait, not on `import videotask`
    from videotask.definitions import load_yaml  # the one reader of the data files

    path = SPECS_DIR / "timing" / "durations.yaml"
    if not path.is_file():  # a specs folder of one's own without the table: every family takes the built-in row
        return {}
    loaded = load_yaml(path)
    return loaded if isinstance(loaded, dict) else {}


def durations(family: str, table: Mapping[str, Any] | None = None) -> Durations:
    """The family's durations from `table` (default: specs/timing/durations.yaml), else its `default` row."""
    rows = _table() if table is None else table
    row = rows.get(family) or rows.get("default") or {"shortest": 20, "typical": 90, "longest": 600}
    return Durations(float(row["shortest"]), float(row["typical"]), float(row["longest"]))


class PollPlan:
    """One task's poll schedule, from when it was created (`known`) or first polled, and what each poll said."""

    __slots__ = ("anchor", "expected", "known", "last", "started")

    def __init__(self, expected: Durations, started: float, known: bool = True) -> None:
        self.expected, self.started, self.known = expected, started, known
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
        queued makes the rate look slower and the end later than it is; with no create time, the rest of its
        progress at the typical pace) or when it comes from the family's typical duration."""
        if self.last is not None:
            t1, p1 = self.last
            if self.anchor is not None and self.anchor != self.last:
                t0, p0 = self.anchor
                return t1 + (1.0 - p1) * (t1 - t0) / (p1 - p0), MEASURED
            if not self.known:
                return t1 + (1.0 - p1) * self.expected.typical, 0.5
            if t1 > self.started:
                return t1 + (1.0 - p1) * (t1 - self.started) / p1, 0.5
        return self.started + self.expected.typical, 0.5

    def delay(self, now: float) -> float:
        """Seconds from `now` to the next poll."""
        age = max(0.0, now - self.started)
        if self.known and age < self.expected.shortest:
            return min(self.expected.shortest - age, MAX_DELAY)
        tail = max(MIN_TAIL, TAIL * age)
        end, share = self.end()
        remaining = end - now
        if share == MEASURED and remaining > 0:  # just after the end it predicts, but not past half its age
            return min(remaining + min(tail, SLACK), max(tail, age / 2), MAX_DELAY)
        if remaining <= tail:
            return min(tail, MAX_DELAY)
        return min(max(tail, share * remaining), MAX_DELAY)


class Poller:
    """When a wait polls next: `interval` when the caller fixed one, else its task's plan (and no sooner than
    the server's hint, capped at `MAX_HINT`), never past the deadline. None: the deadline has passed."""

    __slots__ = ("deadline", "interval", "plan")

    def __init__(self, plan: PollPlan, deadline: float, interval: float | None = None) -> None:
        self.plan, self.deadline, self.interval = plan, deadline, interval

    def next(self, now: float, progress: float | None, hint: float | None = None) -> float | None:
        """Seconds to sleep after a poll at `now` that found the task not ended, having said `progress`."""
        self.plan.seen(now, progress)
        remaining = self.deadline - now
        if remaining <= 0:
            return None
        if self.interval is not None:
            return min(self.interval, remaining)
        delay = self.plan.delay(now)
        if hint is not None:
            delay = max(delay, min(hint, MAX_HINT))
        return min(delay, remaining)
