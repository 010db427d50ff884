"""MockGateway: an HTTP server on 127.0.0.1, on its own thread and event loop, that serves every family's
routes (see `_app`) with scripted lifecycles and faults on demand.

HTTP is aiohttp's low-level server (its C parser handles malformed requests, chunked bodies, pipelining and
limits): measured from another process it serves about as many responses per second as the hand-written
protocol it replaced (25,000-35,000/s here, against the ~7,500/s the benchmarks' client drives).
"""

from __future__ import annotations

import asyncio
import collections
import secrets
import threading
from collections.abc import Callable, Iterable
from typing import Any

from aiohttp import web

from adapters._task import TaskState
from adapters.testing._app import MockApp, Seen
from adapters.testing._faults import FAULTS, Answer, Fault, check_fault
from adapters.testing._ledger import Ledger
from adapters.testing._lifecycle import Lifecycle

__all__ = ["FAULTS", "Fault", "MockGateway", "Seen"]

_REASONS = {499: "Client Closed Request", 520: "Unknown Error"}  # not in http.HTTPStatus


class MockGateway:
    """A gateway on 127.0.0.1 with scripted task lifecycles and faults on demand.

    with MockGateway() as mock:
        gw = Gateway(mock.base_url, mock.token)
        mock.script("t1", outcome=TaskState.FAILED)
        mock.inject("rate_limited", task_id="t1")      # the next poll of t1 gets a 429
        gw.wait("jimeng", "t1")

    A task id starting with `fail`, `cancel` or `stuck` ends failed, cancelled, or never ends, unless scripted.
    `mock.ledger` counts what the server served: per task its lifecycle answers and last state, per fault kind
    how many. A family's file (its `content_url`) is `content_size` bytes that depend only on the task id.
    """

    def __init__(
        self,
        *,
        port: int = 0,
        token: str | None = "",
        running_polls: int = 3,
        fault_rate: float = 0.0,
        random_faults: Iterable[Fault] = ("server_error", "rate_limited", "bad_gateway_html", "truncated_json"),
        seed: int | None = None,
        slow_seconds: float = 35.0,
        redirect_to: str | None = None,
        retry_after: float = 0,
        families: Iterable[str] | None = None,
        history: int = 10_000,
        content_size: int = 4096,
    ) -> None:
        self.port = port
        self.token = "sk-mock-" + secrets.token_hex(12) if token == "" else token  # "" makes one up; None: no check
        self._app = MockApp(
            token=self.token,
            running_polls=running_polls,
            fault_rate=fault_rate,
            random_faults=random_faults,
            seed=seed,
            slow_seconds=slow_seconds,
            redirect_to=redirect_to,
            retry_after=retry_after,
            families=families,
            history=history,
            content_size=content_size,
        )
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.BaseRunner | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"MockGateway(base_url={self.base_url!r})"

    # -- what tests set up and read ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def running_polls(self) -> int:
        return self._app.running_polls

    @property
    def requests(self) -> collections.deque[Seen]:
        return self._app.requests

    @property
    def served(self) -> int:
        """Responses sent, faults included."""
        return self._app.served

    @property
    def ledger(self) -> Ledger:
        return self._app.ledger

    @property
    def faults_served(self) -> collections.Counter[str]:
        return self._app.ledger.faults

    def script(self, task_id: str, outcome: TaskState = TaskState.SUCCEEDED, running_polls: int | None = None) -> None:
        """How `task_id` ends, and after how many running polls."""
        polls = self._app.running_polls if running_polls is None else running_polls
        self._call(self._app.scripts.__setitem__, task_id, Lifecycle(outcome, polls))

    def inject(self, fault: Fault, *, task_id: str | None = None, times: int = 1) -> None:
        """Answer the next `times` lifecycle requests for `task_id` (any task when None) with `fault`."""
        check_fault(fault)
        self._call(lambda: self._app.faults.setdefault(task_id, collections.deque()).extend([fault] * times))

    def drift(self, family: str, change: Callable[[Any], Any] | None) -> None:
        """Serve `change(body)` instead of each 200 task body of `family` (a gateway that has drifted from its
        spec: a renamed field, a new status, a changed type); None restores the family's bodies."""
        if change is None:
            self._call(self._app.drift.pop, family, None)
        else:
            self._call(self._app.drift.__setitem__, family, change)

    def polls(self, family: str, task_id: str) -> int:
        """How many lifecycle answers the task has had (faults not counted)."""
        record = self._app.ledger.get(family, task_id)
        return 0 if record is None else record.answers

    def reset(self) -> None:
        def clear() -> None:
            app = self._app
            app.scripts.clear()
            app.faults.clear()
            app.drift.clear()
            app.requests.clear()
            app.ledger.clear()
            app.served = 0

        self._call(clear)

    def _call(self, fn: Callable[..., Any], *args: Any) -> None:
        """Change the app's state on the server's thread, between requests (directly when not running)."""
        loop = self._loop
        if loop is None or threading.current_thread() is self._thread:
            fn(*args)
            return

        async def run() -> None:
            fn(*args)

        asyncio.run_coroutine_threadsafe(run(), loop).result(5)

    # -- lifecycle ---------------------------------------------------------------------------------------

    def start(self) -> MockGateway:
        if self._thread is not None:
            return self
        self._app.warm()
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve())
            except OSError as exc:
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="videotask-mock", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            loop.close()
            self._thread = self._loop = None
            raise failure[0]
        self._app.base_url = self.base_url
        return self

    async def _serve(self) -> None:
        server = web.Server(self._handle, access_log=None)
        runner = web.ServerRunner(server, shutdown_timeout=0.1)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", self.port, backlog=2048)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = runner.addresses[0][1]

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        headers = {name.lower(): value for name, value in request.headers.items()}
        answer: Answer = self._app.answer(request.method, request.raw_path, headers)
        if answer.delay:
            await asyncio.sleep(answer.delay)
        if answer.drop:
            if request.transport is not None:
                request.transport.close()
            raise asyncio.CancelledError  # nothing is written on a closed connection
        return web.Response(
            status=answer.status,
            reason=_REASONS.get(answer.status),
            body=answer.body,
            headers=answer.headers or None,
            content_type=answer.content_type,
        )

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()
        self._loop = self._thread = self._runner = None

    def __enter__(self) -> MockGateway:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Block until interrupted (the `videotask mock` command)."""
        self.start()
        forever = threading.Event()
        try:
            # an Event, not Thread.join: Ctrl-C inside join() leaves the thread looking finished (bpo-21822)
            while not forever.wait(0.5):
                pass
        finally:
            self.stop()
