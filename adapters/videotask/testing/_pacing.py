"""What the MockGateway adds for batches: tasks whose lifecycle takes time, a request-rate limit, and its ledger
over HTTP.

- `Timing`: a created task is queued for its first tenth, then running with progress rising with the time, and
  ends when its duration has passed; durations are drawn uniformly from [low, high] by a seeded hash of the body
  (or idempotency key), so the same body takes the same time in every run with the same seed. A body with a
  text field starting with "fail" ends failed, as task ids starting with "fail" do.
- `RateLimit`: a token bucket of `max_rps` tokens (at least one) refilled at `max_rps` a second; a request that
  finds it empty gets 429 with Retry-After (whole seconds, as the header is written) and makes nothing.
- `GET /_mock/ledger` (with the mock's bearer token): the ledger as JSON: `submitted_tasks`, `duplicates`, the
  keys submitted more than once, `polls` (task answers served, and task GETs the rate limit refused),
  `rate_limited` (429s; `..._after_first_second`: after the first request's first second), the answers each
  task had (`answers`), and for timed tasks when each ends (`ends`: task id -> unix seconds) and how long it
  takes (`durations`).
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from videotask._task import TaskState
from videotask.testing._faults import Answer, error_body
from videotask.testing._lifecycle import Lifecycle

__all__ = ["LEDGER_PATH", "Extras", "RateLimit", "TimedLifecycle", "Timing"]

LEDGER_PATH = "/_mock/ledger"
QUEUED_SHARE = 0.1  # of its duration a timed task spends queued


class TimedLifecycle(Lifecycle):
    """A task's states by the time since it was made (the poll count `step` gets is ignored)."""

    __slots__ = ("clock", "created", "duration")

    def __init__(self, outcome: TaskState, duration: float, created: float, clock: Callable[[], float]) -> None:
        self.outcome, self.running_polls = outcome, 0
        self.duration, self.created, self.clock = duration, created, clock

    @property
    def ends(self) -> float:
        return self.created + self.duration

    def step(self, poll: int) -> tuple[TaskState, int]:
        elapsed = self.clock() - self.created
        queued = QUEUED_SHARE * self.duration
        if elapsed < queued:
            return TaskState.QUEUED, 0
        if elapsed < self.duration:
            return TaskState.RUNNING, min(99, int(100 * (elapsed - queued) / (self.duration - queued)))
        if self.outcome is TaskState.SUCCEEDED:
            return TaskState.SUCCEEDED, 100
        return self.outcome, 50


def _fails(fields: Mapping[str, Any]) -> bool:
    return any(isinstance(value, str) and value.lower().startswith("fail") for value in fields.values())


class Timing:
    """Durations for created tasks, drawn from [low, high] seconds by a seeded hash of each body's key."""

    def __init__(self, low: float, high: float, seed: int | None, clock: Callable[[], float] = time.time) -> None:
        if not 0 < low <= high:
            raise ValueError(f"task durations must be 0 < low <= high, not {low:g}-{high:g}")
        self.low, self.high, self.seed, self.clock = low, high, seed or 0, clock
        self.ends: dict[str, float] = {}  # task id -> when it ends (the clock's seconds)
        self.durations: dict[str, float] = {}  # task id -> how long it takes

    def duration(self, key: str) -> float:
        digest = hashlib.sha256(f"{self.seed}\0{key}".encode()).digest()
        share = int.from_bytes(digest[:8], "big") / 2.0**64
        return self.low + (self.high - self.low) * share

    def lifecycle(self, task_id: str, key: str, fields: Mapping[str, Any]) -> TimedLifecycle:
        outcome = TaskState.FAILED if _fails(fields) else TaskState.SUCCEEDED
        made = TimedLifecycle(outcome, self.duration(key), self.clock(), self.clock)
        self.ends[task_id], self.durations[task_id] = made.ends, made.duration
        return made


class RateLimit:
    """A token bucket: `max_rps` tokens (at least one), refilled at `max_rps` a second."""

    def __init__(self, max_rps: float, clock: Callable[[], float] = time.monotonic) -> None:
        if not max_rps > 0:
            raise ValueError(f"max_rps must be above 0, not {max_rps!r}")
        self.max_rps, self.clock = float(max_rps), clock
        self.capacity = max(1.0, self.max_rps)
        self.tokens, self.at = self.capacity, clock()
        self.limited = 0  # requests answered 429
        self.limited_at: list[float] = []  # when (the clock's seconds), for "429s after the first second"
        self.first: float | None = None  # when the first request came
        self._lock = threading.Lock()

    def admit(self) -> float | None:
        """None: go ahead; else the seconds until a token is free (the request is refused)."""
        with self._lock:
            now = self.clock()
            self.first = now if self.first is None else self.first
            self.tokens = min(self.capacity, self.tokens + (now - self.at) * self.max_rps)
            self.at = now
            if self.tokens >= 1.0:
                self.tokens -= 1.0
                return None
            self.limited += 1
            self.limited_at.append(now)
            return (1.0 - self.tokens) / self.max_rps


class Extras:
    """The additions `MockApp.answer` consults first: the ledger route, then the rate limit."""

    def __init__(self, app: Any, max_rps: float | None, durations: tuple[float, float] | None, seed: int | None):
        self.app = app
        self.limit = None if max_rps is None else RateLimit(max_rps)
        self.timing = None if durations is None else Timing(durations[0], durations[1], seed)
        self.polls_limited = 0  # GETs of a task (not of its content) answered 429 by the rate limit

    def answer(self, method: str, path: str) -> Answer | None:
        if path == LEDGER_PATH and method == "GET":
            return Answer(200, json.dumps(self.ledger()).encode())
        if self.limit is not None:
            wait = self.limit.admit()
            if wait is not None:
                self.polls_limited += method == "GET" and not path.endswith("/content")
                body = error_body("rate_limit_exceeded", "mock: too many requests")
                return Answer(429, body, (("Retry-After", str(max(1, math.ceil(wait)))),))
        return None

    def lifecycle(self, task_id: str, key: str, fields: Mapping[str, Any]) -> TimedLifecycle | None:
        return None if self.timing is None else self.timing.lifecycle(task_id, key, fields)

    def ledger(self) -> dict[str, Any]:
        book = self.app.ledger
        with book._lock:
            repeated = {f"{family}:{key}": list(s.tasks) for (family, key), s in book.submissions.items()
                        if len(s.tasks) > 1}  # fmt: skip
        limit = self.limit
        after = 0 if limit is None or limit.first is None else sum(t > limit.first + 1 for t in limit.limited_at)
        return {
            "submitted_tasks": book.submitted_tasks(),
            "duplicates": book.duplicates(),
            "duplicate_submissions": repeated,
            "polls": sum(record.answers for record in book.snapshot().values()) + self.polls_limited,
            "rate_limited": 0 if limit is None else limit.limited,
            "rate_limited_after_first_second": after,
            "answers": {task_id: record.answers for (_, task_id), record in book.snapshot().items()},
            "ends": {} if self.timing is None else dict(self.timing.ends),
            "durations": {} if self.timing is None else dict(self.timing.durations),
        }
