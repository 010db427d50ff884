"""The gateways' loops, written once and free of I/O: get (GETs retried), wait (polled to a deadline), create
(a POST repeated only when it provably never arrived) and download (resumed, verified, renamed into place).

Each loop is a generator of steps. It yields what to do next and receives the outcome at its `yield`:

    Send(method, url, ...)     send this request            -> the Reply
    Open(url, headers, ...)    send this download request   -> its answer (Streamed), the body not yet read
    Pour(sink)                 pour that body into `sink`   -> None, at its end (or when `sink` says enough)
    Sleep(seconds)             sleep                        -> None

A step's I/O error is raised at its `yield` instead. Gateway and AsyncGateway each drive these generators with
one short loop (`_run`) that does nothing but the I/O: so the two clients retry, poll, resume and give up alike
by construction, and tests can drive a loop by hand, step by step, with no server, clock or sleep.

Why generators rather than a sync module generated from the async one (unasync, as httpcore does): a generated
twin is still a second copy in the tree that readers read and the duplicate check flags, and it needs a
generation step and a drift check; here each decision has one place, and the drivers hold only I/O. The
steps cost a get about a microsecond (a generator, a Send, the Run's bookkeeping), against the ~100 us of
client CPU the request itself takes.

A download's answer stays open only while the steps read it: the driver closes it before any other step
(a retry's sleep, the next request) and when the loop ends, however it ends. Its body is one Pour step, not a
step per chunk: the driver hands each chunk to the sink (the part file's write) in a plain loop, so a 50 MB
file costs the steps a few calls, not eight hundred round trips through the generator and `Run`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from videotask._errors import GatewayError, RateLimitError, TransportError, WaitTimeout
from videotask._http import (
    MAX_RETRY_AFTER,
    Reply,
    Settings,
    build_request,
    interpret,
    interpret_result,
    is_retryable,
    poll_hint,
    retry_delay,
    with_result,
)
from videotask._plan import Poller, PollPlan, durations
from videotask._resolve import family as resolve_family
from videotask._task import TaskState, VideoTask

if TYPE_CHECKING:  # families, create and download load on first use: `import videotask` stays cheap
    from videotask._download import ByteProgress, Download
    from videotask._families import Family, Operation
    from videotask._submit import Prepared
    from videotask.definitions import Relay

__all__ = ["Loops", "Open", "Pour", "ProgressCallback", "Run", "Send", "Sleep", "Step", "Steps", "relay_from"]

ProgressCallback = Callable[[VideoTask], object]
T = TypeVar("T")


class Send:
    """Send this request (a path on the gateway); the step's outcome is the Reply. `create`: it makes a task
    (a request budget paces creates apart from polls)."""

    __slots__ = ("content", "create", "headers", "method", "url")

    def __init__(
        self, method: str, url: str, content: bytes | None = None, headers: dict[str, str] | None = None,
        create: bool = False,
    ) -> None:  # fmt: skip
        self.method, self.url, self.content, self.headers, self.create = method, url, content, headers, create


class Open:
    """GET this download (an absolute URL); the outcome is the answer, its body left open for a Pour step.
    `authorized`: the URL is the gateway's own origin, the one place the key may go."""

    __slots__ = ("authorized", "headers", "url")

    def __init__(self, url: str, headers: dict[str, str], authorized: bool) -> None:
        self.url, self.headers, self.authorized = url, headers, authorized


class Pour:
    """Hand each chunk of the open download's body to `sink` as it arrives, until the body ends or `sink`
    returns True (it has enough); the outcome is None. An error reading the body, or the sink's own, is
    raised at the step's `yield`."""

    __slots__ = ("sink",)

    def __init__(self, sink: Callable[[bytes], object]) -> None:
        self.sink = sink


class Sleep:
    """Sleep this long, with the gateway's own sleep (tests pass one that only records)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


Step = Send | Open | Pour | Sleep
Steps = Generator[Step, Any, T]


class Run(Generic[T]):
    """Steps being driven: the bookkeeping both drivers share, so that each holds nothing but its I/O.

    The driver takes each step `next()` hands it and leaves the outcome in `outcome`, or the error in `error`,
    until `next()` is None: the steps have ended, their result in `value`. `stale` is a download answer the
    steps have left (the step is not Pour): the driver closes it before taking the step, and closes `answer`,
    the one still open, when the run ends however it ends.
    """

    __slots__ = ("answer", "error", "opening", "outcome", "stale", "steps", "value")

    def __init__(self, steps: Steps[T]) -> None:
        self.steps = steps
        self.outcome: Any = None
        self.error: BaseException | None = None
        self.answer: Any = None  # Streamed: a download's answer, open while the steps read its body
        self.stale: Any = None
        self.opening = False  # the step taken is an Open: its outcome is the answer

    def next(self) -> Step | None:
        error, self.stale = self.error, None
        try:
            if error is None:
                outcome, self.outcome = self.outcome, None  # the steps keep what they need: a sleep holds no body
                if self.opening:
                    self.answer = outcome
                step = self.steps.send(outcome)
            else:
                self.error = None
                step = self.steps.throw(error)
        except StopIteration as stop:
            self.value: T = stop.value
            return None
        self.opening = step.__class__ is Open
        if self.answer is not None and step.__class__ is not Pour:
            self.stale, self.answer = self.answer, None
        return step


def relay_from(value: str | os.PathLike[str] | None) -> Relay | None:
    """The relay a gateway asks: `value` (a shipped relay's name or a relay file's path), else VIDEOTASK_RELAY,
    else none (each family's own routes)."""
    chosen = os.fspath(value) if value is not None else os.environ.get("VIDEOTASK_RELAY")
    if not chosen:
        return None
    from videotask._families import relay  # a relay file is YAML: read only when one is asked for

    return relay(chosen)


_JSON = {"Content-Type": "application/json"}  # a query a relay takes as a POST with the id in a JSON body


def _query(op: Operation, value: str) -> Send:
    """The request reading a task (or a result's file) by `value`."""
    method, url, content = build_request(op, value)
    return Send(method, url) if content is None else Send(method, url, content, _JSON)


def _retry_delay_or_raise(
    error: GatewayError, attempt: int, settings: Settings, deadline: float | None, now: float
) -> float:
    """Seconds to wait before retrying; raises `error` when retrying is wrong, exhausted or past the deadline."""
    if not is_retryable(error):
        raise error
    if isinstance(error, RateLimitError) and error.retry_after is not None and error.retry_after > MAX_RETRY_AFTER:
        raise error  # the server asks for longer than we would wait: its delay travels with the error
    delay = retry_delay(attempt, error)
    if attempt >= settings.max_retries or (deadline is not None and now + delay > deadline):
        raise error
    return delay


class _Wait:
    """One wait's state: progress that never runs backwards, reported once per change, and when to poll next
    (`_plan.Poller`: the caller's interval, else the task's poll plan; the server's hint; the deadline)."""

    def __init__(
        self, family: str, task_id: str, timeout: float, poller: Poller, on_progress: ProgressCallback | None
    ) -> None:
        self.family, self.task_id, self.timeout = family, task_id, timeout
        self.poller, self.on_progress = poller, on_progress
        self.best: float | None = None
        self.last: tuple[object, ...] | None = None

    @property
    def deadline(self) -> float:
        return self.poller.deadline

    def after_poll(self, task: VideoTask, hint: float | None, now: float) -> VideoTask | float:
        """The task when it is terminal, else how long to sleep; raises WaitTimeout past the deadline."""
        if task.progress is not None and (self.best is None or task.progress > self.best):
            self.best = task.progress
        if self.best is not None and (task.progress is None or task.progress < self.best):
            task = attrs.evolve(task, progress=self.best)
        key = (task.state, task.progress, task.raw_status)
        if self.on_progress is not None and key != self.last:
            self.on_progress(task)
        self.last = key
        if task.is_terminal:
            return task
        delay = self.poller.next(now, task.progress, hint)
        if delay is None:
            raise WaitTimeout(f"{self.family} task {self.task_id} not finished after {self.timeout:g}s", task=task)
        return delay


class Loops:
    """One gateway's loops: its settings and clock. `get`, `wait`, `create`, `create_and_wait` and `download`
    check their arguments when called and hand back the steps to drive; the rest are the steps themselves."""

    __slots__ = ("clock", "families", "queries", "relay", "settings")

    def __init__(self, settings: Settings, clock: Callable[[], float], relay: Relay | None = None) -> None:
        self.settings, self.clock, self.relay = settings, clock, relay
        self.families: dict[str, Family] = {}  # by name, at the relay's routes: resolved once per gateway
        self.queries: dict[tuple[str, str | None], tuple[Family, Operation]] = {}  # by (family, route), for `get`

    def family(self, family: str | Family) -> Family:
        """The family at this gateway's relay routes (a Family passed in is taken as it is)."""
        if not isinstance(family, str):
            return family
        found = self.families.get(family)
        if found is None:
            found = resolve_family(family)
            if self.relay is not None:
                found = found.on(self.relay)
            self.families[family] = found
        return found

    def send(
        self, request: Send, deadline: float | None, handle: Callable[..., T], *args: Any,
        policy: Callable[[GatewayError, int, Settings, float | None, float], float] = _retry_delay_or_raise,
    ) -> Steps[tuple[T, Reply]]:  # fmt: skip
        """`handle(*args, reply, settings)` on the answer, the request sent again after the delay `policy` gives
        (a GET's by default; raising ends it). Arguments, not a closure: a poll leaves less for the collector."""
        attempt = 0
        while True:
            try:
                reply = yield request
                return handle(*args, reply, self.settings), reply
            except GatewayError as error:
                delay = policy(error, attempt, self.settings, deadline, self.clock())
            attempt += 1
            reply = None  # a retry's sleep holds no body
            yield Sleep(delay)

    def fetch(self, fam: Family, op: Operation, task_id: str, deadline: float | None) -> Steps[tuple[VideoTask, Reply]]:
        """The task and the answer it came from, after the second call a family's URL may need (a plain
        function: a family without one polls one generator deep)."""
        answer = self.send(_query(op, task_id), deadline, interpret, fam, op, task_id)
        return answer if fam.result is None else self._with_result(fam, answer, deadline)

    def _with_result(
        self, fam: Family, answer: Steps[tuple[VideoTask, Reply]], deadline: float | None
    ) -> Steps[tuple[VideoTask, Reply]]:
        task, reply = yield from answer
        if fam.result is not None and task.file_id is not None and task.video_url is None and task.is_terminal:
            found, _ = yield from self.send(
                _query(fam.result, task.file_id), deadline, interpret_result, fam, fam.result
            )
            task = with_result(task, found)
        return task, reply

    def get(self, family: str, task_id: str, route: str | None) -> Steps[tuple[VideoTask, Reply]]:
        found = self.queries.get((family, route))  # no family or route looked up again on each get
        if found is None:
            fam = self.family(family)
            found = self.queries[family, route] = (fam, fam.query(route))
        return self.fetch(*found, task_id, None)

    def wait(
        self, family: str, task_id: str, route: str | None, timeout: float, poll_interval: float | None,
        on_progress: ProgressCallback | None,
    ) -> Steps[VideoTask]:  # fmt: skip
        fam = self.family(family)
        now = self.clock()  # a task made elsewhere: its age is unknown, so it counts from this first poll
        poller = Poller(PollPlan(durations(fam.name), now, known=False), now + timeout, poll_interval)
        return self._poll(fam, fam.query(route), task_id, _Wait(family, task_id, timeout, poller, on_progress))

    def _poll(self, fam: Family, op: Operation, task_id: str, state: _Wait) -> Steps[VideoTask]:
        while True:
            task, reply = yield from self.fetch(fam, op, task_id, state.deadline)
            outcome = state.after_poll(task, poll_hint(reply), self.clock())
            if isinstance(outcome, VideoTask):
                return outcome
            del task, reply  # a sleeping wait holds no body: thousands in flight stay small
            yield Sleep(outcome)

    def _create(self, fam: Family, prepared: Prepared, deadline: float | None) -> Steps[VideoTask]:
        from videotask._submit import read_created, submit_delay_or_raise

        def policy(error: GatewayError, attempt: int, settings: Settings, deadline: float | None, now: float) -> float:
            return submit_delay_or_raise(error, attempt, settings, deadline, now, prepared)

        sent = prepared.request
        request = Send(sent.method, prepared.operation.path, sent.content, prepared.headers, create=True)
        created, _ = yield from self.send(request, deadline, read_created, fam, prepared, policy=policy)
        return created

    def create(self, family: str | Family, body: Any, route: str | None) -> Steps[VideoTask]:
        from videotask._submit import prepare

        fam = self.family(family)
        return self._create(fam, prepare(fam, body, route, self.settings), None)

    def create_and_wait(
        self, family: str | Family, body: Any, route: str | None, timeout: float, poll_interval: float | None,
        on_progress: ProgressCallback | None,
    ) -> Steps[VideoTask]:  # fmt: skip
        from videotask._submit import prepare

        fam = self.family(family)
        prepared = prepare(fam, body, route, self.settings)
        now = self.clock()
        poller = Poller(PollPlan(durations(fam.name), now), now + timeout, poll_interval)
        return self._create_and_wait(fam, prepared, _Wait(fam.name, "", timeout, poller, on_progress))

    def _create_and_wait(self, fam: Family, prepared: Prepared, state: _Wait) -> Steps[VideoTask]:
        created = yield from self._create(fam, prepared, state.deadline)
        state.task_id = created.task_id
        state.poller.plan = PollPlan(durations(fam.name), self.clock())  # its age counts from its create
        if created.state is not TaskState.SUCCEEDED:  # a success is polled at once: its answer names no URL
            outcome = state.after_poll(created, None, self.clock())
            if isinstance(outcome, VideoTask):
                return outcome
            yield Sleep(outcome)
        task = yield from self._poll(fam, fam.query(created.route), created.task_id, state)
        return attrs.evolve(task, route=created.route) if created.route else task

    def download(
        self, task: VideoTask, path: str | os.PathLike[str], overwrite: bool, on_progress: ByteProgress | None
    ) -> Steps[Path]:
        from videotask._download import plan

        target = Path(path)
        url, authorized = plan(task, target, overwrite, self.settings)
        return self._download(target, f"{task.family}/{task.task_id}", url, authorized, overwrite, on_progress)

    def _download(
        self, target: Path, key: str, url: str, authorized: bool, overwrite: bool, on_progress: ByteProgress | None
    ) -> Steps[Path]:
        """Into the part beside `target` (resumed from what an earlier download of task `key` left there), then
        renamed into place; the part is kept when the download stops on what may pass (see _download)."""
        from videotask._download import Download, PartFile, worth_keeping

        part = PartFile(target, key)
        try:
            download = Download(part, authorized, on_progress)
            failures = 0
            while not download.complete():
                try:
                    if (yield from self._download_once(download, url)):
                        break
                except GatewayError as error:
                    failures = 0 if download.advanced() else failures
                    delay = _retry_delay_or_raise(error, failures, self.settings, None, self.clock())
                failures += 1
                yield Sleep(delay)
        except BaseException as error:
            part.close(keep=worth_keeping(error))
            raise
        return part.commit(overwrite)

    def _download_once(self, download: Download, url: str) -> Steps[bool]:
        """One request: True when the file is complete; raises what retrying may cure (TransportError)."""
        from videotask._download import ERROR_BODY, Action

        answer = yield Open(url, download.headers(), download.authorized)
        status, headers = answer.status_code, answer.headers
        action = download.opened(status, headers)
        if action is Action.WRITE:
            yield Pour(download.write)
            return download.ended()
        if action is Action.DONE:
            return True
        if action is Action.AGAIN:
            raise TransportError(
                f"the server answered a range that is not where the download stopped ({download.have})"
            )
        body = bytearray()  # the start of an error answer's body, for its message

        def enough(chunk: bytes) -> bool:
            body.extend(chunk)
            return len(body) >= ERROR_BODY

        yield Pour(enough)
        raise download.error(status, headers, bytes(body[:ERROR_BODY]), url, self.settings)
