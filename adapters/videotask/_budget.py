"""One request budget per gateway: every request it sends (polls, creates, result calls, download starts) takes
a slot from it, so a relay's per-key rate limit is kept by the gateway as a whole, not by each wait on its own.

`Budget` is the core, with no I/O and no clock of its own: it hands out send times in the order they are asked
for (first come, first served: no request starves; the async face lets polls ahead of creates and downloads by
a bounded time), `max_rps` apart at most. Creates go at most `CREATE_SHARE` of that rate (each first waits for
its own turn, then for a slot like any request): a gateway making many tasks keeps the rest to poll the tasks it
made, whose first polls would otherwise all come due together, as fast as the creates went out. A 429 halves
the rate the whole gateway sends at and holds every slot not yet used until the server's Retry-After (or one
slot's time) has passed; the rate then climbs back by a tenth of `max_rps` per second. The two faces,
`SyncBudget` and `AsyncBudget`, sleep through the gateway's own sleep seam and read its clock seam, so tests run
them without sleeping. `budgeted(sender, ...)` puts a face in front of a sender's three ways out (send,
send_body, stream).
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar, cast

from videotask._http import retry_after

__all__ = ["AsyncBudget", "Budget", "SyncBudget", "budgeted"]

S = TypeVar("S")
RECOVERY = 0.1  # of max_rps regained per second after a 429
FLOOR = 1 / 16  # the rate never drops below this share of max_rps (nor below one request in 10 s)
MAX_PAUSE = 60.0  # a Retry-After longer than this holds the budget for this long only
DOWNLOAD_LATENESS = 5.0  # seconds a download start may wait behind polls asked after it (async only): a late
# download only delays a file, a late poll delays seeing that a task ended
CREATE_LATENESS = 0.5  # ... and a create
CREATE_SHARE = 0.75  # of the rate creates may take at most


class Budget:
    """Send times for one gateway's requests: at most `max_rps` a second, slower after a 429."""

    __slots__ = ("_limited_at", "_low", "_next", "_next_create", "epoch", "limited", "max_rps")

    def __init__(self, max_rps: float) -> None:
        if not max_rps > 0:
            raise ValueError(f"max_rps must be above 0, not {max_rps!r}")
        self.max_rps = float(max_rps)
        self._next = float("-inf")  # the earliest time the next slot may start
        self._next_create = float("-inf")  # ... and the next create may ask for one
        self._low = self.max_rps  # the rate right after the last 429
        self._limited_at: float | None = None
        self.epoch = 0  # counts 429s: a slot handed out in an older epoch is taken again
        self.limited = 0  # 429s seen

    def rate(self, now: float) -> float:
        """Requests a second allowed at `now`: max_rps, or less while recovering from a 429."""
        if self._limited_at is None:
            return self.max_rps
        return min(self.max_rps, self._low + RECOVERY * self.max_rps * max(0.0, now - self._limited_at))

    def reserve(self, now: float) -> tuple[float, int]:
        """(seconds to wait before sending, the epoch of the slot). Slots go in the order they are asked for."""
        start = max(now, self._next)
        self._next = start + 1.0 / self.rate(start)
        return start - now, self.epoch

    def pace_create(self, now: float) -> float:
        """Seconds a create waits before it asks for a slot: creates go at most `CREATE_SHARE` of the rate."""
        start = max(now, self._next_create)
        self._next_create = start + 1.0 / (CREATE_SHARE * self.rate(start))
        return start - now

    def free(self, now: float) -> bool:
        """Whether a slot reserved at `now` would need no wait."""
        return now >= self._next

    def valid(self, epoch: int) -> bool:
        """Whether a slot reserved in `epoch` may still be used (no 429 came in the meantime)."""
        return epoch == self.epoch

    def answered(self, status: int, retry_after: float | None, now: float, epoch: int) -> None:
        """Tell the budget what a request sent in a slot of `epoch` got. A 429 slows the whole gateway: half the
        rate, and nothing sent before Retry-After (or one slot at the new rate) has passed; slots already handed
        out are taken again. Several 429s to requests sent before the first was seen halve the rate once."""
        if status != 429:
            return
        self.limited += 1
        pause = None if retry_after is None else min(max(retry_after, 0.0), MAX_PAUSE)
        if epoch != self.epoch:  # sent before the budget slowed down: it only may hold the queue longer
            if pause is not None and now + pause > self._next:
                self._next = now + pause
                self.epoch += 1
            return
        self._low = max(self.rate(now) / 2, self.max_rps * FLOOR, 0.1)
        self._limited_at = now
        self._next = now + (1.0 / self._low if pause is None else pause)  # the queue starts again after it
        self.epoch += 1


class SyncBudget:
    """The budget for a Gateway: thread-safe, sleeping through the gateway's sleep."""

    def __init__(self, budget: Budget, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        self.budget, self._clock, self._sleep = budget, clock, sleep
        self._lock = threading.Lock()

    def acquire(self, create: bool = False) -> int:
        """Wait for a slot (a create first for its turn); its epoch (for `answered`)."""
        if create:
            with self._lock:
                turn = self.budget.pace_create(self._clock())
            if turn > 0:
                self._sleep(turn)
        while True:
            with self._lock:
                delay, epoch = self.budget.reserve(self._clock())
            if delay > 0:
                self._sleep(delay)
            with self._lock:
                if self.budget.valid(epoch):
                    return epoch

    def answered(self, status: int, headers: Mapping[str, str], epoch: int) -> None:
        if status == 429:
            with self._lock:
                self.budget.answered(status, retry_after(headers), self._clock(), epoch)


class AsyncBudget:
    """The budget for an AsyncGateway (one event loop: no lock), sleeping through the gateway's sleep.

    While requests wait for slots, the earliest deadline goes first: a request's deadline is when it asked plus
    its `lateness` (polls 0, downloads `DOWNLOAD_LATENESS`, creates `CREATE_LATENESS`), so a poll that may find
    a task ended does not queue behind a burst of creates, and a create waits at most that much longer than it
    would first come first served: none starves."""

    def __init__(self, budget: Budget, clock: Callable[[], float], sleep: Callable[[float], Awaitable[Any]]) -> None:
        self.budget, self._clock, self._sleep = budget, clock, sleep
        self._waiting: list[tuple[float, int, Any]] = []  # (deadline, order, future) heap
        self._order = 0
        self._dispatcher: Any = None

    async def acquire(self, lateness: float = 0.0, create: bool = False) -> int:
        """Wait for a slot (a create first for its turn); its epoch (for `answered`)."""
        import asyncio
        import heapq

        if create and (turn := self.budget.pace_create(self._clock())) > 0:
            await self._sleep(turn)
        now = self._clock()
        if not self._waiting and (self._dispatcher is None or self._dispatcher.done()) and self.budget.free(now):
            return self.budget.reserve(now)[1]  # a slot is free now and nobody waits: no queue to go through
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._order += 1
        heapq.heappush(self._waiting, (self._clock() + lateness, self._order, future))
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = loop.create_task(self._dispatch())
        granted: int = await future
        return granted

    async def _dispatch(self) -> None:
        import heapq

        while self._waiting:
            delay, epoch = self.budget.reserve(self._clock())
            if delay > 0:
                await self._sleep(delay)
            if not self.budget.valid(epoch):
                continue
            while self._waiting:
                future = heapq.heappop(self._waiting)[2]
                if not future.done():  # else its waiter was cancelled: the slot goes to the next
                    future.set_result(epoch)
                    break

    def answered(self, status: int, headers: Mapping[str, str], epoch: int) -> None:
        if status == 429:
            self.budget.answered(status, retry_after(headers), self._clock(), epoch)


class _SyncSender:
    """A sender whose requests each take a slot of the budget first."""

    def __init__(self, inner: Any, budget: SyncBudget) -> None:
        self._inner, self.budget = inner, budget

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def send(self, step: Any) -> Any:
        epoch = self.budget.acquire(getattr(step, "create", False))
        answer = self._inner.send(step)
        self.budget.answered(answer.status_code, answer.headers, epoch)
        return answer


class _AsyncSender:
    def __init__(self, inner: Any, budget: AsyncBudget) -> None:
        self._inner, self.budget = inner, budget

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def send(self, step: Any) -> Any:
        epoch = await self.budget.acquire(_lateness(step), getattr(step, "create", False))
        answer = await self._inner.send(step)
        self.budget.answered(answer.status_code, answer.headers, epoch)
        return answer


def _lateness(step: Any) -> float:
    """How much later than a poll a request may go: a download (an Open) or a create."""
    if not hasattr(step, "content"):
        return DOWNLOAD_LATENESS
    return CREATE_LATENESS if step.create else 0.0


def budgeted(sender: S, max_rps: float | None, clock: Callable[[], float], sleep: Callable[..., Any]) -> S:
    """`sender` itself when there is no limit, else the same sender with every request taking a budget slot
    first (sync or async as the sender is: an async sender has `aclose`)."""
    if max_rps is None:
        return sender
    budget = Budget(max_rps)
    if hasattr(sender, "aclose"):
        return cast(S, _AsyncSender(sender, AsyncBudget(budget, clock, sleep)))
    return cast(S, _SyncSender(sender, SyncBudget(budget, clock, sleep)))
