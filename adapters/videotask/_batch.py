"""A batch: many request bodies created, waited on and downloaded through one AsyncGateway, journalled so that a
run after any crash sends no line twice (see `_journal`).

Creates go one at a time (the journal records each intent before its POST, so a crash leaves at most one line
uncertain), up to `concurrency` tasks not yet ended at once; each task is polled on its own plan (`_plan`) and
every request draws from the gateway's budget when it has one (`AsyncGateway(max_rps=...)`). A success is
downloaded to OUT/NAME.mp4 (whole, or not at all: the gateway's download renames a verified file into place);
a run killed mid-download leaves the part, and the next run resumes it.
"""

from __future__ import annotations

import asyncio
import collections
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import frozen

from videotask._errors import (
    APIStatusError,
    GatewayError,
    NotFoundError,
    RateLimitError,
    ResultExpired,
    SubmitUncertain,
    TransportError,
)
from videotask._http import poll_hint
from videotask._journal import FINAL, Journal, Line, Row, State
from videotask._plan import Durations, Poller, PollPlan, durations
from videotask._task import TaskState, VideoTask

if TYPE_CHECKING:
    from videotask._gateway import AsyncGateway

__all__ = ["BatchItem", "read_lines", "run_batch"]

JOURNAL_NAME = ".videotask-batch.db"
MANIFEST_NAME = "manifest.jsonl"
SUFFIX = ".mp4"
_BAD_NAME = frozenset('/\\\0:*?"<>|')
_REFUSALS = 5  # a create the gateway turns away (429, 503, nothing made) is tried again this many times
_FAILURES = 5  # a task whose polls fail this many times in a row is left as `error` (waited on again on a rerun)


@frozen
class BatchItem:
    """A line that ended in this run (or before it): its state, its task, its file or what went wrong."""

    line: int
    name: str
    task_id: str | None
    state: str  # downloaded, failed, cancelled, uncertain, rejected, timeout or error (see `_journal.State`)
    file: str | None
    error: str | None

    @classmethod
    def of(cls, row: Row) -> BatchItem:
        return cls(row.line, row.name, row.task_id, row.state, row.file, row.error)


def _check_name(name: object, number: int) -> str:
    if not isinstance(name, str) or not name or name.startswith(".") or len(name) > 120:
        raise ValueError(f"line {number}: \"name\" must be a text of 1-120 characters not starting with '.'")
    if _BAD_NAME & set(name) or any(ord(c) < 32 for c in name):
        raise ValueError(f'line {number}: "name" {name!r} cannot be a file name (no / \\ : * ? " < > |)')
    return name


def read_lines(bodies: Iterable[str | Mapping[str, Any]]) -> list[Line]:
    """The batch's lines: each a JSON object (text, as a line of BODIES.jsonl, or a mapping), numbered from 1;
    blank text lines are skipped but counted. An optional "name" key names the output file (and is not sent);
    the default is the line number. Raises ValueError for a line that is not an object or a bad or repeated name."""
    lines: list[Line] = []
    names: set[str] = set()
    for number, item in enumerate(bodies, 1):
        if isinstance(item, str):
            if not item.strip():
                continue
            try:
                body = json.loads(item)
            except ValueError as exc:
                raise ValueError(f"line {number} is not JSON: {exc}") from None
        else:
            body = dict(item)
        if not isinstance(body, dict):
            raise ValueError(f"line {number} is not a JSON object")
        name = _check_name(body.pop("name"), number) if "name" in body else f"{number:05d}"
        if name in names:
            raise ValueError(f"line {number}: the name {name!r} is used by an earlier line")
        names.add(name)
        lines.append(Line(number, name, json.dumps(body, ensure_ascii=False, sort_keys=True)))
    return lines


def _refused(error: Exception) -> bool:
    """The create provably made nothing and may be sent again later: the gateway was busy or unreachable."""
    if isinstance(error, RateLimitError):
        return True
    if isinstance(error, APIStatusError):
        return error.status_code == 503
    return isinstance(error, TransportError) and bool(getattr(error, "unsent", False))


class _Run:
    def __init__(
        self, gateway: AsyncGateway, family: str, route: str | None, out: Path, journal: Journal,
        concurrency: int, expected: Durations, timeout: float, clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[Any]], on_change: Callable[[Row], object] | None,
    ) -> None:  # fmt: skip
        self.gw, self.family, self.route, self.out, self.journal = gateway, family, route, out, journal
        self.concurrency, self.expected, self.timeout = concurrency, expected, timeout
        self.clock, self.sleep, self.on_change = clock, sleep, on_change
        self.finished: asyncio.Queue[BatchItem | None] = asyncio.Queue()
        self.slots = asyncio.Semaphore(concurrency)
        self.downloads = asyncio.Semaphore(4)
        self.crashed: BaseException | None = None

    def _changed(self, line: int) -> Row:
        row = self.journal.row(line)
        if self.on_change is not None:
            self.on_change(row)
        return row

    def _end(self, line: int) -> None:
        self.finished.put_nowait(BatchItem.of(self._changed(line)))

    async def submit_all(self, rows: list[Row], waits: list[asyncio.Task[None]]) -> None:
        todo = collections.deque((row, 0) for row in rows)
        while todo:
            row, refusals = todo.popleft()
            await self.slots.acquire()
            self.journal.intent(row.line)
            self._changed(row.line)
            try:
                task = await self.gw.create(self.family, json.loads(row.body), route=self.route)
            except SubmitUncertain as exc:
                self.journal.state(row.line, State.UNCERTAIN, error=f"{exc} (not resent: a task may exist)")
                self.slots.release()
                self._end(row.line)
                continue
            except (GatewayError, ValueError) as exc:  # InvalidRequest, a refusal: nothing was made
                self.slots.release()
                error = f"{type(exc).__name__}: {exc}"
                if _refused(exc) and refusals < _REFUSALS:  # busy (429, 503): the line goes to the back
                    self.journal.state(row.line, State.PENDING, error=error)
                    todo.append((row, refusals + 1))
                    await self.sleep(min(2.0**refusals, 30.0))
                    continue
                self.journal.state(row.line, State.REJECTED, error=error)
                self._end(row.line)
                continue
            self.journal.submitted(row.line, task.task_id, task.route, task.state.value)
            waits.append(asyncio.ensure_future(self.follow(self._changed(row.line), task)))

    async def follow(self, row: Row, task: VideoTask | None) -> None:
        """Wait for the line's task, then save its file; the slot is given back when it ends."""
        try:
            await self._follow(row, task)
        except Exception as exc:  # the disk, a bug: the batch stops with it (the journal keeps what was done)
            self.crashed = exc
            self.finished.put_nowait(None)
        finally:
            self.slots.release()

    async def _follow(self, row: Row, created: VideoTask | None) -> None:
        """Poll the line's task on its plan until it ends (each poll after the plan's sleep), then save its file."""
        assert row.task_id is not None
        started = row.created if row.created is not None else self.clock()
        deadline = max(started, self.clock()) + self.timeout  # a rerun waits on a timed-out task again
        plan = PollPlan(self.expected, started)
        route = row.route or self.route
        last = row.state  # the last state journalled
        if created is not None and created.is_terminal and created.state is not TaskState.SUCCEEDED:
            task: VideoTask | None = created
        else:  # a success is asked again at once: a create's answer (or an earlier run's URL) is no file URL
            succeeded = last == State.SUCCEEDED if created is None else created.state is TaskState.SUCCEEDED
            task = await self._poll(row, route, plan, deadline, now=succeeded)
        if task is None:
            return
        if task.state is not TaskState.SUCCEEDED:
            self.journal.state(row.line, task.state.value, error=task.error)
            self._end(row.line)
            return
        if last != State.SUCCEEDED:
            self.journal.state(row.line, State.SUCCEEDED)
            self._changed(row.line)
        await self.save(row, task)

    async def _poll(self, row: Row, route: str | None, plan: PollPlan, deadline: float, now: bool) -> VideoTask | None:
        """The task once a poll finds it ended, or None when the line ended otherwise (timeout, error). Polls
        when the wait's `Poller` says (the plan, the deadline: the last poll is at it); `now`: at once first."""
        assert row.task_id is not None
        poller = Poller(plan, deadline)
        last, failures = row.state, 0
        wait = 0.0 if now else poller.next(self.clock(), None)
        while wait is not None:
            if wait > 0:
                await self.sleep(wait)
            try:
                task, answer = await self.gw._answered(self.family, row.task_id, route)
            except NotFoundError as exc:
                self.journal.state(row.line, State.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._end(row.line)
                return None
            except GatewayError as exc:
                failures += 1
                if failures >= _FAILURES:
                    self.journal.state(row.line, State.ERROR, error=f"{type(exc).__name__}: {exc}")
                    self._end(row.line)
                    return None
                wait = poller.next(self.clock(), None)
                continue
            failures = 0
            if task.is_terminal:
                return task
            if task.state.value != last:
                last = task.state.value
                self.journal.state(row.line, last, detail=None if task.progress is None else f"{task.progress:.0%}")
                self._changed(row.line)
            wait = poller.next(self.clock(), task.progress, poll_hint(answer))  # the server's hint: no sooner
        self.journal.state(row.line, State.TIMEOUT, error=f"not ended {self.timeout:g}s after its create")
        self._end(row.line)
        return None

    async def save(self, row: Row, task: VideoTask) -> None:
        target = self.out / f"{row.name}{SUFFIX}"
        try:
            if not target.exists():  # else a killed run renamed it into place whole, then could not say so
                async with self.downloads:  # resumed from the part a killed run left, if it left one
                    await self.gw.download(task, target)
        except (ResultExpired, GatewayError, BlockingIOError) as exc:  # the last: another run holds its part
            self.journal.state(row.line, State.ERROR, error=f"download: {type(exc).__name__}: {exc}")
            self._end(row.line)
            return
        self.journal.downloaded(row.line, str(target), target.stat().st_size)
        self._end(row.line)


async def run_batch(
    gateway: AsyncGateway,
    family: str,
    bodies: Iterable[str | Mapping[str, Any]],
    out: str | Path,
    *,
    route: str | None = None,
    journal: str | Path | None = None,
    concurrency: int = 50,
    resubmit_uncertain: bool = False,
    expected: Durations | None = None,
    timeout: float = 3600.0,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    on_change: Callable[[Row], object] | None = None,
) -> AsyncIterator[BatchItem]:
    """Create, wait on and download a batch; yield each line as it ends (lines that ended in an earlier run
    with the same journal first). `bodies`: JSONL text lines or mappings, an optional "name" naming the file
    OUT/NAME.mp4. The journal (default OUT/.videotask-batch.db) makes a rerun after a crash send no line twice;
    OUT/manifest.jsonl lists every line when the run stops. `expected`: the family's durations (default: the
    data in specs/timing/durations.yaml) the polls are planned from; `timeout`: seconds from a task's create
    after which it is left as `timeout`. `clock` (wall seconds) and `sleep` are seams for tests."""
    if concurrency < 1:
        raise ValueError("concurrency must be 1 or more")
    lines = read_lines(bodies)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    numbers = {line.line for line in lines}  # a line the journal holds but the input no longer has is left alone
    book = Journal(journal if journal is not None else folder / JOURNAL_NAME, clock)
    try:
        book.start(family, route, lines, resubmit_uncertain)
        run = _Run(
            gateway, family, route, folder, book, concurrency, expected or durations(family), timeout, clock, sleep,
            on_change,
        )  # fmt: skip
        rows = book.rows(numbers)
        for row in rows:
            if row.state in FINAL:
                yield BatchItem.of(row)
        waits: list[asyncio.Task[None]] = []
        for row in rows:
            if row.task_id is not None and row.state not in FINAL:
                await run.slots.acquire()  # a task already made counts against the concurrency
                waits.append(asyncio.ensure_future(run.follow(row, None)))
        todo = [row for row in rows if row.state in (State.PENDING, State.REJECTED)]
        expected_ends = sum(1 for row in rows if row.state not in FINAL)
        submitter = asyncio.ensure_future(run.submit_all(todo, waits))
        try:
            for _ in range(expected_ends):
                item = await _next(run.finished, submitter)
                if item is None:
                    assert run.crashed is not None
                    raise run.crashed
                yield item
            await submitter
        finally:
            for pending in [submitter, *waits]:
                pending.cancel()
            await asyncio.gather(submitter, *waits, return_exceptions=True)
    finally:
        try:
            book.manifest(folder / MANIFEST_NAME, book.rows(numbers))
        finally:
            book.close()


async def _next(finished: asyncio.Queue[BatchItem | None], submitter: asyncio.Future[None]) -> BatchItem | None:
    """The next line to end (None: a wait failed unexpectedly); an error the submitter raised is raised here."""
    if submitter.done():
        submitter.result()  # raises the submitter's error (the disk, a bug), if it failed
        return await finished.get()
    getting: asyncio.Future[Any] = asyncio.ensure_future(finished.get())
    done, _ = await asyncio.wait((getting, submitter), return_when=asyncio.FIRST_COMPLETED)
    if getting in done:
        item: BatchItem | None = getting.result()
        return item
    getting.cancel()
    submitter.result()
    return await finished.get()
