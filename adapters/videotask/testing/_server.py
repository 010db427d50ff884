"""MockGateway: an HTTP/1.1 server on 127.0.0.1, on its own thread and event loop, that serves every family's
routes (see `_app`) with scripted lifecycles and faults on demand, through aiohttp's server (see `_web`).

bench/run.py measures the clients against a minimal server of its own (bench/server.py), not this one.
"""

from __future__ import annotations

import asyncio
import collections
import os
import secrets
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from videotask import _families
from videotask._errors import FamilyDefinitionError
from videotask._task import TaskState
from videotask.definitions import Wrapper, load_wrapper
from videotask.testing._app import MockApp, Seen
from videotask.testing._faults import FAULTS, Answer, Fault, check_fault
from videotask.testing._ledger import Ledger
from videotask.testing._lifecycle import Lifecycle

if TYPE_CHECKING:
    from aiohttp import web

__all__ = ["FAULTS", "Fault", "MockGateway", "Seen"]


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
        file_ttl: float = 3600.0,
        max_rps: float | None = None,  # above it: 429 + Retry-After (testing/_pacing.py)
        durations: tuple[float, float] | None = None,  # created tasks take [low, high] s, seeded, not polls
        relay: str | os.PathLike[str] | None = None,  # serve only this relay's routes (a name or a relay file)
        wrapper: str | None = None,  # answer queries in this wrapper (specs/wrappers) where a family names it
    ) -> None:
        self.port = port
        self.cdn_port = 0
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
            file_ttl=file_ttl,
            max_rps=max_rps,
            durations=durations,
            relay=None if relay is None else _families.relay(os.fspath(relay)),
            wrapper=None if wrapper is None else _wrapper(wrapper),
        )
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._listeners: list[tuple[asyncio.Server, web.Server]] = []  # the API's, then the files'
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        relay = "" if self._app.relay is None else f", relay={self._app.relay.name!r}"
        return f"MockGateway(base_url={self.base_url!r}{relay})"

    # -- what tests set up and read ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def cdn_url(self) -> str:
        """The file listener's origin: another port, so another origin than `base_url`."""
        return f"http://127.0.0.1:{self.cdn_port}"

    @property
    def cdn_requests(self) -> collections.deque[Seen]:
        """Requests that came to the file listener (headers lower-cased: `authorization` in them is a leak)."""
        return self._app.cdn_requests

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
    def families(self) -> tuple[str, ...]:
        """The families served (on a relay: the ones it serves)."""
        return tuple(view.name for view in self._app.views)

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

    def script_next(self, outcome: TaskState = TaskState.SUCCEEDED, running_polls: int | None = None) -> None:
        """How the next task a create makes ends (each call scripts one more, in order)."""
        polls = self._app.running_polls if running_polls is None else running_polls
        self._call(self._app.next_scripts.append, Lifecycle(outcome, polls))

    def inject(self, fault: Fault, *, task_id: str | None = None, times: int = 1) -> None:
        """Answer the next `times` requests for `task_id` (any task when None) with `fault`: a task fault
        on the task routes, a `create_*` fault on the next creates, a `file_*` fault on the task's file."""
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
            app.file_ids.clear()
            app.files.clear()
            app.created_on.clear()
            app.next_scripts.clear()
            app.requests.clear()
            app.cdn_requests.clear()
            app.ledger.clear()
            app.forget()
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
            self._listeners = []
            raise failure[0]
        self._app.base_url = self.base_url
        self._app.cdn_url = self.cdn_url
        return self

    async def _serve(self) -> None:
        from videotask.testing._web import web_server  # aiohttp on first start: the pytest plugin imports this module

        loop = asyncio.get_running_loop()
        app = self._app

        def cdn(method: str, target: str, headers: Mapping[str, str], body: bytes) -> Answer:
            return app.answer_cdn(method, target, headers)

        for answer, port in ((app.answer, self.port), (cdn, 0)):
            protocols = web_server(answer)
            listener = await loop.create_server(protocols, "127.0.0.1", port, backlog=2048)
            self._listeners.append((listener, protocols))
        self.port, self.cdn_port = (listener.sockets[0].getsockname()[1] for listener, _ in self._listeners)

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def shutdown() -> None:
            for listener, protocols in self._listeners:
                listener.close()
                for connection in protocols.connections:
                    if connection.transport is not None:
                        connection.transport.abort()  # a slow answer's connection too: nothing waits for it
            tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            if tasks:
                await asyncio.wait(tasks, timeout=2)

        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()
        self._loop = self._thread = None
        self._listeners = []

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


def _wrapper(name: str) -> Wrapper:
    found, errors = load_wrapper(name)
    if found is None:
        raise FamilyDefinitionError(f"wrapper {name!r}: {'; '.join(errors)}")
    return found
