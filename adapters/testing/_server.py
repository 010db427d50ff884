"""MockGateway: a real HTTP/1.1 server on 127.0.0.1 that serves every family's task route from its spec.

An asyncio protocol on its own thread and event loop: keep-alive, no per-request allocation beyond the
response bytes (bodies are rendered once per family, state and progress), so it serves thousands of
requests per second and benchmarks can lean on it.
"""

from __future__ import annotations

import asyncio
import collections
import json
import random
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from email.utils import formatdate
from typing import Any, Literal, get_args
from urllib.parse import unquote

from attrs import frozen

from adapters import _families
from adapters._task import TaskState
from adapters.testing._bodies import TASK_ID_MARK, UNKNOWN_STATUS, Lifecycle, body_template, error_body

__all__ = ["FAULTS", "Fault", "MockGateway", "Seen"]

Fault = Literal[
    "unauthorized",  # 401
    "forbidden",  # 403
    "not_found",  # 404
    "task_not_exist",  # 400 {"code": "task_not_exist"}, as new-api relays answer
    "request_timeout",  # 408
    "rate_limited",  # 429, Retry-After in seconds
    "rate_limited_date",  # 429, Retry-After as an HTTP date
    "server_error",  # 500
    "bad_gateway_html",  # 502 with an HTML page, as a proxy in front of the relay answers
    "unavailable",  # 503
    "origin_error",  # 520, Cloudflare's "unknown error"
    "client_closed",  # 499, nginx's "client closed request"
    "truncated_json",  # 200, the body cut in half
    "empty_body",  # 200, no body at all
    "not_object",  # 200, JSON that is not an object
    "unknown_status",  # 200, a valid body with a status nobody documented
    "slow",  # the answer comes after `slow_seconds` (longer than a client's read timeout)
    "drop",  # the connection closes without an answer
    "redirect",  # 307 to the same path on `redirect_to` (another origin) or on the mock itself
]
FAULTS: tuple[Fault, ...] = get_args(Fault)

_REASONS = {200: "OK", 307: "Temporary Redirect", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden"}
_REASONS |= {404: "Not Found", 405: "Method Not Allowed", 408: "Request Timeout", 429: "Too Many Requests"}
_REASONS |= {499: "Client Closed Request", 500: "Internal Server Error", 502: "Bad Gateway"}
_REASONS |= {431: "Request Header Fields Too Large", 503: "Service Unavailable", 520: "Unknown Error"}
_STATUS_ERRORS: dict[str, tuple[int, bytes]] = {
    "unauthorized": (401, error_body("invalid_api_key", "mock: invalid token")),
    "forbidden": (403, error_body("forbidden", "mock: this token may not read this task")),
    "not_found": (404, error_body("not_found", "mock: no such task")),
    "task_not_exist": (400, json.dumps({"code": "task_not_exist", "message": "task_not_exist", "data": None}).encode()),
    "request_timeout": (408, error_body("request_timeout", "mock: request timeout")),
    "rate_limited": (429, error_body("rate_limit_exceeded", "mock: too many requests")),
    "rate_limited_date": (429, error_body("rate_limit_exceeded", "mock: too many requests")),
    "server_error": (500, error_body("internal_error", "mock: internal error")),
    "bad_gateway_html": (502, b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"),
    "unavailable": (503, error_body("service_unavailable", "mock: upstream overloaded")),
    "origin_error": (520, b""),
    "client_closed": (499, b""),
}
_MAX_HEAD = 64 * 1024


@frozen
class Seen:
    """One request as the mock received it (headers lower-cased)."""

    method: str
    path: str
    headers: dict[str, str]


class _Route:
    __slots__ = ("family", "pattern")

    def __init__(self, family: str, template: str) -> None:
        self.family = family
        self.pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template)) + "$")


def _routes(names: Iterable[str]) -> list[_Route]:
    routes = []
    for family in names:
        routes.append(_Route(family, _families.family(family).query().path))
    return routes


def _response(status: int, body: bytes, extra: str = "", content_type: str = "application/json") -> bytes:
    head = (
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}\r\ncontent-type: {content_type}\r\n"
        f"content-length: {len(body)}\r\n{extra}\r\n"
    )
    return head.encode() + body


class MockGateway:
    """A gateway on 127.0.0.1 with scripted task lifecycles and faults on demand.

    with MockGateway() as mock:
        gw = Gateway(mock.base_url, mock.token)
        mock.script("t1", outcome=TaskState.FAILED)
        mock.inject("rate_limited", task_id="t1")      # the next poll of t1 gets a 429
        gw.wait("jimeng", "t1")

    A task id starting with `fail`, `cancel` or `stuck` ends failed, cancelled, or never ends, unless scripted.
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
    ) -> None:
        self.port = port
        self.token = "sk-mock-" + secrets.token_hex(12) if token == "" else token  # "" makes one up; None: no check
        self.running_polls, self.slow_seconds, self.redirect_to = running_polls, slow_seconds, redirect_to
        self.retry_after = retry_after
        self.fault_rate, self.random_faults = fault_rate, tuple(random_faults)
        for fault in self.random_faults:
            _check_fault(fault)
        self.requests: collections.deque[Seen] = collections.deque(maxlen=history)
        self.served = 0  # responses sent, faults included
        self.faults_served: collections.Counter[str] = collections.Counter()
        self._random = random.Random(seed)
        self._routes = _routes(families or _families.families())
        self._polls: dict[tuple[str, str], int] = {}
        self._scripts: dict[str, Lifecycle] = {}
        self._faults: dict[str | None, collections.deque[Fault]] = {}
        self._drift: dict[str, Callable[[Any], Any]] = {}
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._transports: set[asyncio.Transport] = set()

    def __repr__(self) -> str:
        return f"MockGateway(base_url={self.base_url!r})"

    # -- what tests set up -------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, task_id: str, outcome: TaskState = TaskState.SUCCEEDED, running_polls: int | None = None) -> None:
        """How `task_id` ends, and after how many running polls."""
        with self._lock:
            self._scripts[task_id] = Lifecycle(outcome, self.running_polls if running_polls is None else running_polls)

    def inject(self, fault: Fault, *, task_id: str | None = None, times: int = 1) -> None:
        """Answer the next `times` requests for `task_id` (any task when None) with `fault`."""
        _check_fault(fault)
        with self._lock:
            self._faults.setdefault(task_id, collections.deque()).extend([fault] * times)

    def drift(self, family: str, change: Callable[[Any], Any] | None) -> None:
        """Serve `change(body)` instead of each 200 task body of `family` (a gateway that has drifted from its
        spec: a renamed field, a new status, a changed type); None restores the spec's bodies."""
        with self._lock:
            if change is None:
                self._drift.pop(family, None)
            else:
                self._drift[family] = change

    def polls(self, family: str, task_id: str) -> int:
        """How many lifecycle answers the task has had (faults not counted)."""
        with self._lock:
            return self._polls.get((family, task_id), 0)

    def reset(self) -> None:
        with self._lock:
            self._polls.clear()
            self._scripts.clear()
            self._faults.clear()
            self._drift.clear()
            self.requests.clear()
            self.faults_served.clear()
            self.served = 0

    # -- lifecycle ---------------------------------------------------------------------------------------

    def start(self) -> MockGateway:
        if self._thread is not None:
            return self
        for route in self._routes:  # render every body up front so the first request is as fast as the rest
            for state in (TaskState.QUEUED, TaskState.SUCCEEDED):
                body_template(route.family, state, 0 if state is TaskState.QUEUED else 100)
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            try:
                self._server = self._loop.run_until_complete(
                    self._loop.create_server(lambda: _Protocol(self), "127.0.0.1", self.port, backlog=2048)
                )
            except OSError as exc:
                failure.append(exc)
                ready.set()
                return
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="videotask-mock", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            for transport in list(self._transports):
                transport.abort()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()
        self._loop = self._thread = self._server = None

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

    # -- answering (on the server thread) ----------------------------------------------------------------

    def _fault_for(self, task_id: str | None) -> Fault | None:
        with self._lock:
            for key in (task_id, None):
                queued = self._faults.get(key)
                if queued:
                    return queued.popleft()
        if self.fault_rate and self._random.random() < self.fault_rate:
            return self._random.choice(self.random_faults)
        return None

    def _lifecycle(self, task_id: str) -> Lifecycle:
        scripted = self._scripts.get(task_id)
        if scripted is not None:
            return scripted
        head = task_id.split(":")[-1].lower()
        outcome = TaskState.SUCCEEDED
        for prefix, state in (
            ("fail", TaskState.FAILED),
            ("cancel", TaskState.CANCELLED),
            ("stuck", TaskState.RUNNING),
        ):
            if head.startswith(prefix):
                outcome = state
        return Lifecycle(outcome, self.running_polls)

    def _task_body(self, family: str, task_id: str, unknown: bool) -> bytes:
        with self._lock:
            poll = self._polls.get((family, task_id), 0)
            if not unknown:
                self._polls[family, task_id] = poll + 1
            lifecycle = self._lifecycle(task_id)
            change = self._drift.get(family)
        state, percent = lifecycle.step(poll)
        template = body_template(family, state, percent, UNKNOWN_STATUS if unknown else None)
        body = template.replace(TASK_ID_MARK.encode(), json.dumps(task_id, ensure_ascii=False)[1:-1].encode())
        return body if change is None else json.dumps(change(json.loads(body)), ensure_ascii=False).encode()

    def _answer(self, method: str, target: str, headers: dict[str, str]) -> tuple[bytes | None, float, Fault | None]:
        """(response bytes or None to drop the connection, delay in seconds, the fault applied)."""
        self.served += 1
        path = target.split("?", 1)[0]
        self.requests.append(Seen(method, path, headers))
        if self.token is not None and headers.get("authorization") != f"Bearer {self.token}":
            return _response(401, _STATUS_ERRORS["unauthorized"][1], "www-authenticate: Bearer\r\n"), 0.0, None
        for route in self._routes:
            match = route.pattern.match(path)
            if match is not None:
                break
        else:
            return _response(404, error_body("not_found", f"mock: no route {path}")), 0.0, None
        if method != "GET":
            return (
                _response(405, error_body("method_not_allowed", "mock: task routes are GET"), "allow: GET\r\n"),
                0,
                None,
            )
        task_id = unquote(match.group(1))
        fault = self._fault_for(task_id)
        if fault is None or fault in ("slow", "unknown_status"):
            body = self._task_body(route.family, task_id, unknown=fault == "unknown_status")
            delay = self.slow_seconds if fault == "slow" else 0.0
            return _response(200, body), delay, fault
        self.faults_served[fault] += 1
        return self._fault_response(fault, route.family, task_id, path), 0.0, fault

    def _fault_response(self, fault: Fault, family: str, task_id: str, path: str) -> bytes | None:
        if fault == "drop":
            return None
        if fault == "redirect":
            target = (self.redirect_to or self.base_url).rstrip("/") + path
            return _response(307, b"", f"location: {target}\r\n")
        if fault in ("truncated_json", "empty_body", "not_object"):
            whole = self._task_body(family, task_id, unknown=True)
            body = {"truncated_json": whole[: len(whole) // 2], "empty_body": b"", "not_object": b"[]"}[fault]
            return _response(200, body)
        status, body = _STATUS_ERRORS[fault]
        extra = ""
        if fault == "rate_limited":
            extra = f"retry-after: {self.retry_after:g}\r\n"
        elif fault == "rate_limited_date":
            extra = f"retry-after: {formatdate(usegmt=True)}\r\n"
        kind = "text/html" if fault == "bad_gateway_html" else "application/json"
        return _response(status, body, extra, kind)


def _check_fault(fault: str) -> None:
    if fault not in FAULTS:
        raise ValueError(f"unknown fault {fault!r} (known: {', '.join(FAULTS)})")


class _Protocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive; requests on one connection are answered in order."""

    def __init__(self, mock: MockGateway) -> None:
        self.mock = mock
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.busy = False  # a delayed answer is pending: later requests wait for it

    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        self.mock._transports.add(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.transport is not None:
            self.mock._transports.discard(self.transport)
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._drain()

    def _drain(self) -> None:
        while not self.busy and self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > _MAX_HEAD:
                    self.transport.write(_response(431, error_body("header_too_large", "mock: head too large")))
                    self.transport.close()
                return
            head = self.buffer[:end].decode("latin-1")
            lines = head.split("\r\n")
            try:
                method, target, version = lines[0].split(" ", 2)
            except ValueError:
                self.transport.write(_response(400, error_body("bad_request", "mock: malformed request line")))
                self.transport.close()
                return
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length") or 0)
            if len(self.buffer) < end + 4 + length:
                return  # the body is still arriving
            self.buffer = self.buffer[end + 4 + length :]
            keep_alive = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
            response, delay, _ = self.mock._answer(method, target, headers)
            if response is None:
                self.transport.close()
                return
            if delay:
                self.busy = True
                asyncio.get_running_loop().call_later(delay, self._send_later, response, keep_alive)
                return
            self._send(response, keep_alive)

    def _send(self, response: bytes, keep_alive: bool) -> None:
        if self.transport is None:
            return
        self.transport.write(response)
        if not keep_alive:
            self.transport.close()

    def _send_later(self, response: bytes, keep_alive: bool) -> None:
        self.busy = False
        self._send(response, keep_alive)
        self._drain()
