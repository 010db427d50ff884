"""What the reliability tests and `make reliability` share: the fault matrix, fuzzed bodies, leak scans, load.

Everything goes through a MockGateway on 127.0.0.1 (or httpx.MockTransport); retries never sleep for real.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import subprocess
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path as PathType
from typing import Any

import httpx
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from videotask import (
    APIStatusError,
    AsyncGateway,
    AuthenticationError,
    Gateway,
    GatewayError,
    InvalidResponse,
    NotFoundError,
    RateLimitError,
    ServerError,
    TimeoutError,
    TransportError,
    VideoTask,
    families,
)
from videotask._families import family as resolve
from videotask.testing import Ledger, MockGateway

KEY = "sk-reliability-Zq8xJ2vP0wLm"  # a known key: it must never show up anywhere
CLIENT_TIMEOUT = 0.3

# fault -> (what it raises when it never stops, None: a task comes back)
FAULT_MATRIX: dict[str, type[GatewayError] | None] = {
    "unauthorized": AuthenticationError,
    "forbidden": AuthenticationError,
    "not_found": NotFoundError,
    "task_not_exist": NotFoundError,
    "request_timeout": APIStatusError,
    "rate_limited": RateLimitError,
    "rate_limited_date": RateLimitError,
    "server_error": ServerError,
    "bad_gateway_html": ServerError,
    "unavailable": ServerError,
    "origin_error": ServerError,
    "client_closed": ServerError,
    "truncated_json": InvalidResponse,
    "empty_body": InvalidResponse,
    "not_object": InvalidResponse,
    "slow": TimeoutError,
    "drop": TransportError,
    "redirect": None,  # followed, to the same route
    "unknown_status": None,  # a task in state UNKNOWN, not an error
}
TERMINAL_STATES = {"succeeded", "failed", "cancelled"}
NOT_RETRIED = {"unauthorized", "forbidden", "not_found", "task_not_exist"}


async def _no_sleep(_: float) -> None:
    return None


def get_once(mode: str, mock: MockGateway, family: str, task_id: str, key: str | None = None) -> VideoTask:
    """One `get` through the sync (httpx) or async (aiohttp) gateway; retries do not sleep."""
    key = key or mock.token
    if mode == "sync":
        with Gateway(mock.base_url, key, sleep=lambda _: None, timeout=CLIENT_TIMEOUT) as gateway:
            return gateway.get(family, task_id)

    async def run() -> VideoTask:
        async with AsyncGateway(mock.base_url, key, sleep=_no_sleep, timeout=CLIENT_TIMEOUT) as gateway:
            return await gateway.get(family, task_id)

    return asyncio.run(run())


def fault_outcome(mode: str, mock: MockGateway, fault: str, times: int, task_id: str) -> VideoTask | BaseException:
    """`get` of a task whose next `times` answers are `fault`: the task, or whatever was raised."""
    mock.inject(fault, task_id=task_id, times=times)  # type: ignore[arg-type]
    try:
        return get_once(mode, mock, "jimeng", task_id)
    except BaseException as exc:  # the point is to see everything that escapes
        return exc


# -- fuzzing ---------------------------------------------------------------------------------------------

_leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text()
json_values = st.recursive(
    _leaves, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=12
)
DEEPER_THAN_THE_PARSER = b"deep"
MUTATIONS = ("value", "delete", "null", "status", "progress", "huge", "deep")


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if len(prefix) > 20:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _declared(family: str) -> list[tuple[Any, ...]]:
    """The places the adapters read: fuzzing them finds more than fuzzing anywhere."""
    decl = resolve(family).override
    return [tuple(str(p) for p in path) for path in (*decl.status_fields, *sum(decl.fields.values(), ()))]


def _put(body: Any, path: tuple[Any, ...], value: Any, delete: bool) -> Any:
    """`body` with `value` at `path` (containers created as dicts where missing or not containers)."""
    if not path:
        return value
    if not isinstance(body, dict | list):
        body = {}
    node = body
    for part in path[:-1]:
        if isinstance(node, list) and not (isinstance(part, int) and part < len(node)):
            return body  # a declared path through a list that is not there: leave the body be
        child = node[part] if isinstance(node, list) else node.get(part)
        if not isinstance(child, dict | list):
            child = node[part] = {}
        node = child
    last = path[-1]
    if isinstance(node, list):
        if isinstance(last, int) and last < len(node):
            node[last] = value
    elif delete:
        node.pop(last, None)
    else:
        node[last] = value
    return body


def _nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value] if depth % 2 else {"a": value}
    return value


@functools.cache
def _schema_bodies(family: str) -> st.SearchStrategy[Any]:
    fam = resolve(family)
    return from_schema(
        fam.query().response_schema(200, fam.components)
    )  # canonicalising the schema is slow: once per family


@st.composite
def mutated_bodies(draw: st.DrawFn, family: str) -> Any:
    """A body drawn from the family's schema, then broken 0-3 times: wrong types, missing and null fields,
    unknown statuses, progress out of range, huge and deeply nested values."""
    body = draw(_schema_bodies(family))
    for _ in range(draw(st.integers(0, 3))):
        path = draw(st.sampled_from([*_paths(body), *_declared(family)]))
        kind = draw(st.sampled_from(MUTATIONS))
        value: Any = None
        if kind == "value":
            value = draw(json_values)
        elif kind == "status":
            value = draw(st.text(max_size=20) | st.sampled_from(["SUCCESS", "completed", "done", "??", ""]))
        elif kind == "progress":
            value = draw(
                st.integers(-(10**30), 10**30)
                | st.floats(allow_nan=True, allow_infinity=True)
                | st.sampled_from(["150%", "-5%", "NaN%", "1e999", "%", "½", "100.5"])
            )
        elif kind == "huge":
            value = "x" * draw(st.integers(10_000, 100_000))
        elif kind == "deep":
            value = _nested(draw(st.integers(50, 500)))
        body = _put(body, path, value, delete=kind == "delete")
    return body


def encode(body: Any, corrupt: bytes | None) -> bytes:
    """The body as the gateway might send it, optionally with bytes that are not UTF-8 in the middle, or
    buried under more brackets than any JSON parser recurses through."""
    raw = json.dumps(body, allow_nan=True).encode()
    if corrupt == DEEPER_THAN_THE_PARSER:
        return b"[" * 100_000 + raw + b"]" * 100_000
    if corrupt:
        middle = len(raw) // 2
        raw = raw[:middle] + corrupt + raw[middle:]
    return raw


# -- secrets -----------------------------------------------------------------------------------------------


class Capture(logging.Handler):
    """Every log record, formatted, exception text included."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(self.format(record))


@contextmanager
def captured_logs() -> Iterator[Capture]:
    handler = Capture()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


def exception_texts(exc: BaseException) -> list[str]:
    """str, repr and args of an exception and of its whole cause/context chain."""
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current), *map(repr, current.args), repr(getattr(current, "task", None))]
        current = current.__cause__ or current.__context__
    return texts


def command_runs(mock: MockGateway, out: PathType) -> list[subprocess.CompletedProcess[str]]:
    """The command's every subcommand against `mock` (whose token is KEY), with faults and a wrong key."""
    from tests.cli.test_cli import run

    env = {"VIDEOTASK_BASE_URL": mock.base_url, "VIDEOTASK_API_KEY": KEY}
    mock.inject("bad_gateway_html", task_id="cli-1", times=5)
    return [
        run("get", "jimeng", "cli-1", env=env),
        run("get", "jimeng", "cli-2", "--json", env=env),
        run("get", "jimeng", "cli-3", "--base-url", mock.base_url, "--api-key", KEY + "-wrong"),
        run("wait", "vidu_native", "cli-4", "fail-5", "--interval", "0.01", env=env),
        run("record", "jimeng", "cli-6", "--out", str(out), env=env),
        run("contract", env={**env, "VIDEOTASK_CONTRACT_TASKS": "jimeng:cli-7"}),
        run("get", "jimeng", "--api-key", KEY, "--no-such-flag"),
    ]


# -- load --------------------------------------------------------------------------------------------------


def against_ledger(ledger: Ledger, reported: Mapping[tuple[str, str], list[str]]) -> tuple[int, int]:
    """(tasks lost, tasks reported twice), counted against what the server says it served, not against the
    harness's own bookkeeping.

    Lost: the server served a task's final state and the client did not report it (it reported nothing or an
    error), or the client reported a final state the server did not serve last. Reported twice: the client
    reported a task more than once, or the server had to serve a final state more than once (the client went
    on polling a finished task).
    """
    served = ledger.snapshot()
    lost = twice = 0
    for key in served.keys() | reported.keys():
        record, reports = served.get(key), reported.get(key, [])
        final = record.last.value if record is not None and record.last and record.last.is_terminal else None
        claimed = [r for r in reports if r in TERMINAL_STATES]
        if (final is not None and final not in claimed) or any(state != final for state in claimed):
            lost += 1
        if len(reports) > 1 or (record is not None and record.terminal_answers > 1):
            twice += 1
    return lost, twice


async def load(
    mock: MockGateway, tasks: int, *, concurrency: int = 500, timeout: float = 120.0
) -> tuple[Counter[str], dict[tuple[str, str], list[str]]]:
    """`tasks` concurrent waits spread over the families: how each ended, plus `lost` and `reported twice`
    (counted against `mock.ledger`); and what the client reported per (family, task id)."""
    names = families()
    ids = [(names[i % len(names)], f"{('ok', 'fail', 'cancel')[i % 3]}-{i}") for i in range(tasks)]
    reported: dict[tuple[str, str], list[str]] = {}
    outcomes: Counter[str] = Counter()
    limit = asyncio.Semaphore(concurrency)

    async def one(gateway: AsyncGateway, family: str, task_id: str) -> None:
        async with limit:
            try:
                task = await gateway.wait(family, task_id, timeout=timeout, poll_interval=0.01)
                outcome = task.state.value
            except GatewayError as exc:
                outcome = type(exc).__name__
            except Exception as exc:  # counted as untyped: the run fails on any
                outcome = f"untyped {type(exc).__name__}"
            outcomes[outcome] += 1
            reported.setdefault((family, task_id), []).append(outcome)

    async with AsyncGateway(mock.base_url, mock.token, max_connections=200, max_retries=4) as gateway:
        await asyncio.gather(*(one(gateway, family, task_id) for family, task_id in ids))
    outcomes["lost"], outcomes["reported twice"] = against_ledger(mock.ledger, reported)
    return outcomes, reported


# -- creates and downloads under faults --------------------------------------------------------------------


def varied_body(family: str, route: str | None, n: int) -> dict[str, Any] | None:
    """The family's sample body with its first free-text field made unique (`#n`), so the server's ledger
    tells one create from another; None when the body has no such field."""
    from videotask.testing._samples import _resolve, request_schema, sample_body, submit_op

    fam = resolve(family)
    props = _resolve(request_schema(submit_op(fam, route)) or {}, fam.components).get("properties", {})
    body = sample_body(family, route)
    for key, value in body.items():
        schema = _resolve(props.get(key, {}), fam.components)
        varied = f"{value} #{n}"
        fits = len(varied) <= schema.get("maxLength", len(varied))
        if isinstance(value, str) and fits and not {"enum", "const", "format", "pattern"} & set(schema):
            body[key] = varied
            return body
    return None


def create_jobs(count: int) -> list[tuple[str, str | None, dict[str, Any]]]:
    """`count` creates spread over every submit route whose body can be made unique."""
    routes = [(name, op.route) for name in families() for op in resolve(name).submits]
    routes = [(name, route) for name, route in routes if varied_body(name, route, 0) is not None]
    jobs = []
    for n in range(count):
        name, route = routes[n % len(routes)]
        body = varied_body(name, route, n)
        assert body is not None
        jobs.append((name, route, body))
    return jobs


async def create_load(mock: MockGateway, count: int, *, concurrency: int = 50) -> Counter[str]:
    """`count` creates against a mock that faults some: how each ended (`created`, or the error's name), and
    `duplicates` (tasks the server made twice for one body: must be 0) and `made` from the server's ledger."""
    outcomes: Counter[str] = Counter()
    limit = asyncio.Semaphore(concurrency)
    timeout = httpx.Timeout(CLIENT_TIMEOUT, connect=5.0)

    async def one(gateway: AsyncGateway, name: str, route: str | None, body: dict[str, Any]) -> None:
        async with limit:
            try:
                await gateway.create(name, body, route=route)
                outcomes["created"] += 1
            except GatewayError as exc:
                outcomes[type(exc).__name__] += 1
            except Exception as exc:
                outcomes[f"untyped {type(exc).__name__}"] += 1

    async with AsyncGateway(mock.base_url, mock.token, timeout=timeout, sleep=_no_sleep, max_retries=4) as gateway:
        await asyncio.gather(*(one(gateway, *job) for job in create_jobs(count)))
    outcomes["duplicates"] = mock.ledger.duplicates()
    outcomes["made"] = mock.ledger.submitted_tasks()
    outcomes["refused"] = sum(submission.refused for submission in mock.ledger.submissions.values())
    return outcomes


async def download_load(mock: MockGateway, count: int, out: PathType, *, concurrency: int = 20) -> Counter[str]:
    """`count` tasks created and finished without faults, then downloaded while the mock faults their files:
    `saved` (byte-exact), `bad files` (a file at a target that is not the server's bytes: must be 0),
    `leftovers` (a part left beside a saved file: must be 0), `kept parts` (a download stopped by an expired
    URL keeps its part to resume) and `bad parts` (a kept part that is not the start of the server's bytes:
    must be 0), each error's name; and the server's own counts of the answers it cut and the bytes it sent."""
    from videotask.testing._content import video_bytes

    outcomes: Counter[str] = Counter()
    limit = asyncio.Semaphore(concurrency)
    jobs = create_jobs(count)
    faults, mock._app.fault_rate = mock._app.fault_rate, 0.0  # the creates and waits go through cleanly
    async with AsyncGateway(mock.base_url, mock.token, sleep=_no_sleep) as gateway:
        tasks = await asyncio.gather(
            *(gateway.create_and_wait(n, b, route=r, poll_interval=0, timeout=60) for n, r, b in jobs)
        )
    mock._app.fault_rate = faults
    timeout = httpx.Timeout(CLIENT_TIMEOUT * 3, connect=5.0)

    async def one(gateway: AsyncGateway, n: int, task: VideoTask) -> None:
        target = out / f"file-{n}.mp4"
        async with limit:
            try:
                await gateway.download(task, target)
                outcomes["saved"] += 1
            except GatewayError as exc:
                outcomes[type(exc).__name__] += 1
            except Exception as exc:
                outcomes[f"untyped {type(exc).__name__}"] += 1
        served = video_bytes(task.task_id, mock._app.content_size)
        if target.exists() and target.read_bytes() != served:
            outcomes["bad files"] += 1
        part = out / f".{target.name}.part"
        if part.exists():
            kind = "leftovers" if target.exists() else "kept parts"
            outcomes[kind if served.startswith(part.read_bytes()) else "bad parts"] += 1

    async with AsyncGateway(mock.base_url, mock.token, timeout=timeout, sleep=_no_sleep, max_retries=4) as gateway:
        await asyncio.gather(*(one(gateway, n, task) for n, task in enumerate(tasks)))
    outcomes["bad files"] += 0
    outcomes["leftovers"] += 0
    files = mock.ledger.files.values()
    outcomes["server cut"] = sum(record.cut for record in files)
    outcomes["server bytes"] = sum(record.bytes for record in files)
    outcomes["key sent to the file origin"] = sum(record.with_key for record in files if record.cdn)
    return outcomes
