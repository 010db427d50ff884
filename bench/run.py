"""`make bench`: the product's speed as ratios against baselines measured in the same run.

Prints one `name: value` line per figure and writes bench/RESULTS.md, where each figure names its baseline,
its sample and its repetitions. No figure is asserted anywhere: the targets are printed beside the ratios.
The clients are measured against bench/server.py, a minimal server of the bench's own (the MockGateway, on
aiohttp's server, would be the limit); the scale and download runs use the MockGateway. Each server runs in
its own process, so the client under test and the server each have a core. Every side of a comparison gets
the same warm-up, sample size and "best of", interleaved.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PY = sys.executable
VIDEOTASK = str(Path(PY).parent / "videotask")
TOKEN = "sk-bench"
CONCURRENCY = 200
WARM_UP = CONCURRENCY  # requests each client sends before it is timed: every connection of its pool opened
# Two comparisons, each side of each with the same sample and rounds: the AsyncGateway against raw aiohttp on a
# sample large enough to steady the ratio (a run of 2,000 took a third of a second and moved by 10%), and
# against the httpx-based clients, which manage a few hundred gets a second at this concurrency, on a smaller one.
REQUESTS, ROUNDS = 10_000, 7  # per timed run and client; the best run of each counts: the machine is shared
SLOW_REQUESTS, SLOW_ROUNDS = 2_000, 3
FIXTURES = ROOT / "tests" / "fixtures"
MOCK_GETS = 20_000  # per capacity run of the MockGateway (a few seconds at its rate)


class Figure(NamedTuple):
    name: str
    value: str
    baseline: str = "-"
    sample: str = "-"
    repetitions: str = "-"


@contextmanager
def mock_process(running_polls: int = 3) -> Iterator[str]:
    """A MockGateway in another process; yields its base URL."""
    process = subprocess.Popen(
        [VIDEOTASK, "mock", "--port", "0", "--token", TOKEN, "--running-polls", str(running_polls)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        yield lines[1].strip().split("=", 1)[1]
    finally:
        process.terminate()
        process.wait(10)


@contextmanager
def bench_server() -> Iterator[str]:
    """bench/server.py in another process; yields its base URL."""
    process = subprocess.Popen([PY, str(ROOT / "bench" / "server.py")], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip().split("=", 1)[1]
    finally:
        process.terminate()
        process.wait(10)


# -- 1. per response ---------------------------------------------------------------------------------------


class Body(NamedTuple):
    family: str
    name: str
    raw: bytes
    operation: str | None  # the query operation the fixture answers (None: the family's default)


def fixture_bodies() -> list[Body]:
    """Every hand-written 200 body a query answers: tests/fixtures/<family>/*.json without the error answers
    (`*.httpNNN.json`) and without answers of other operations (an `operation:` entry naming no query)."""
    import yaml

    from videotask._families import family

    bodies = []
    for table in sorted(FIXTURES.glob("*/expected.yaml")):
        name = table.parent.name
        entries = yaml.safe_load(table.read_text(encoding="utf-8")) or {}
        queries = {op.id for op in family(name).queries}
        for path in sorted(table.parent.glob("*.json")):
            if ".http" in path.name:
                continue
            operation = (entries.get(path.name) or {}).get("operation")
            if operation is not None and operation not in queries:
                continue
            bodies.append(Body(name, path.name, path.read_bytes(), operation))
    return bodies


def _cpu_best(fns: dict[str, Callable[[], object]], number: int, repeat: int) -> dict[str, float]:
    """Seconds per call of each function: the best of `repeat` runs of `number` calls, the functions taking
    turns run by run. CPU time of this thread, so another process taking the core does not count."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for key, fn in fns.items():
            took = timeit.Timer(fn, timer=time.thread_time).timeit(number) / number
            best[key] = min(best[key], took)
    return best


def response_work(number: int = 400, repeat: int = 7) -> list[Figure]:
    """bytes -> validated VideoTask as a poll does it once a 200's bytes are in (videotask._http.interpret's
    work: `loads`, the compiled validator's `is_valid`, the family's reader), against the peer's bytes ->
    typed object (json.loads + openai's Video.model_validate); `interpret` itself is reported beside it."""
    import pydantic
    from openai.types import Video

    from videotask._families import family
    from videotask._http import Reply, interpret, loads, settings_from

    logging.getLogger("videotask").setLevel(logging.ERROR)  # the undocumented statuses are warned about once
    settings = settings_from("http://127.0.0.1:9", TOKEN, 0, "warn")  # the gateways' default validation
    fns: dict[str, Callable[[], object]] = {}
    bodies = fixture_bodies()
    accepted = []
    for index, body in enumerate(bodies):
        fam = family(body.family)
        op = fam.query() if body.operation is None else fam.operation(body.operation)
        reply = Reply(200, {}, body.raw, op.method, op.path)
        validator, reader = fam.validator(op, 200)[0], fam.reader
        parsed = loads(body.raw)

        def ours(raw: bytes = body.raw, validator: Any = validator, reader: Any = reader) -> object:
            parsed = loads(raw)  # what `interpret` does once a 200 is in, without its Reply plumbing
            if not validator.is_valid(parsed):
                raise AssertionError("a fixture body breaks its spec")
            return reader(parsed, "bench", settings.base_url)

        fns[f"ours {index}"] = ours

        def ours_with_times(ours: Any = ours) -> object:
            task = ours()  # and its three times read: the datetimes VideoTask builds when they are read
            return task.created_at, task.finished_at, task.expires_at  # type: ignore[attr-defined]

        fns[f"times {index}"] = ours_with_times
        fns[f"interpret {index}"] = lambda fam=fam, op=op, reply=reply: interpret(fam, op, "bench", reply, settings)
        fns[f"json {index}"] = lambda raw=body.raw: json.loads(raw)
        fns[f"parse {index}"] = lambda raw=body.raw: loads(raw)
        fns[f"validate {index}"] = lambda validator=validator, parsed=parsed: validator.is_valid(parsed)
        fns[f"read {index}"] = lambda fam=fam, parsed=parsed: fam.reader(parsed, "bench", settings.base_url)
        interpret(fam, op, "bench", reply, settings)
        if body.family == "openai_videos":
            try:
                Video.model_validate(json.loads(body.raw))
            except pydantic.ValidationError:
                continue  # a relay's shape the official model does not describe
            accepted.append(index)
            fns[f"peer {index}"] = lambda raw=body.raw: Video.model_validate(json.loads(raw))
    took = _cpu_best(fns, number, repeat)

    def us(kind: str, indexes: Any = None) -> list[float]:
        return [took[f"{kind} {i}"] * 1e6 for i in (range(len(bodies)) if indexes is None else indexes)]

    ours, peer, plain = us("ours"), us("peer", accepted), us("json")
    vs_peer = statistics.median(ours) / statistics.median(peer)
    whole = statistics.median(us("interpret"))
    same = [took[f"ours {i}"] / took[f"peer {i}"] for i in accepted]
    sample, reps = f"{len(bodies)} fixture bodies", f"best of {repeat} x {number} calls, CPU time"
    peer_sample = f"the {len(accepted)} official openai_videos bodies Video accepts"
    figures = [
        Figure("response_vs_peer", f"{vs_peer:.2f} (target <= 0.5)",
               "json.loads + openai Video.model_validate, median over the bodies it accepts",
               f"median over {len(bodies)} fixture bodies of {len({b.family for b in bodies})} families; peer: "
               f"{peer_sample}", reps),
        Figure("response_with_times_vs_peer", f"{statistics.median(us('times')) / statistics.median(peer):.2f} "
               f"({statistics.median(us('times')):.2f} us)", "the peer, as above (its times stay ints)",
               "the same, each VideoTask's created_at, finished_at and expires_at read as well", reps),
        Figure("response_vs_peer_same_bodies", f"{statistics.median(same):.2f} (median of per-body ratios)",
               "the same, body by body", peer_sample, reps),
        Figure("response_us", f"{statistics.median(ours):.2f} us (peer {statistics.median(peer):.2f} us, "
               f"json.loads {statistics.median(plain):.2f} us)", "-", sample, reps),
        Figure("response_interpret_vs_peer", f"{whole / statistics.median(peer):.2f} ({whole:.2f} us)",
               "the peer, as above", "videotask._http.interpret whole (status check, settings, error paths)", reps),
        Figure("response_vs_json_loads", f"{statistics.median(o / j for o, j in zip(ours, plain, strict=True)):.2f} "
               "(median of per-body ratios)", "json.loads of the same body", sample, reps),
        Figure("response_breakdown_us", f"parse {statistics.median(us('parse')):.2f}, validate "
               f"{statistics.median(us('validate')):.2f}, read {statistics.median(us('read')):.2f} (medians)",
               "-", sample, reps),
    ]  # fmt: skip
    for name in sorted({body.family for body in bodies}):
        indexes = [i for i, body in enumerate(bodies) if body.family == name]
        mine = statistics.median(us("ours", indexes))
        against = statistics.median(took[f"json {i}"] / took[f"ours {i}"] for i in indexes)
        value = f"{mine:.2f} us, {mine / statistics.median(peer):.2f}x the peer, json.loads {against:.1f}x ours"
        baseline = "the peer's median; json.loads of the same bodies"
        figures.append(Figure(f"response_{name}", value, baseline, f"{len(indexes)} bodies", reps))
    return figures + public_api_overhead()


def public_api_overhead() -> list[Figure]:
    """`validate` + `normalize` (the public, by-family-name functions) on the spec examples, against
    json.loads of each: the figures `make bench` printed before there was a peer."""
    from tests.conftest import spec_examples
    from videotask import families, normalize, validate

    ratios, validate_ratios = [], []
    for family in families():
        for status, _, value in spec_examples(family):
            if status != "200":
                continue
            raw = json.dumps(value, ensure_ascii=False).encode()
            body = json.loads(raw)

            def adapt(family: str = family, body: Any = body) -> None:
                validate(family, body)
                normalize(family, body, task_id="bench", base_url="http://bench")

            adapt()
            took = _cpu_best(
                {"adapt": adapt, "loads": lambda raw=raw: json.loads(raw),
                 "validate": lambda family=family, body=body: validate(family, body)}, 2000, 5,
            )  # fmt: skip
            ratios.append(took["adapt"] / took["loads"])
            validate_ratios.append(took["validate"] / took["loads"])
    sample, reps = f"{len(ratios)} spec example bodies", "best of 5 x 2000 calls, CPU time"
    return [
        Figure("response_overhead_median", f"{statistics.median(ratios):.2f} (validate+normalize / json.loads)",
               "json.loads of the same body", sample, reps),
        Figure("response_overhead_range", f"{min(ratios):.2f}-{max(ratios):.2f}", "json.loads", sample, reps),
        Figure("validate_only_median", f"{statistics.median(validate_ratios):.2f} (validate / json.loads)",
               "json.loads", sample, reps),
    ]  # fmt: skip


# -- 2. concurrent polling ----------------------------------------------------------------------------------

One = Callable[[int], Awaitable[object]]


async def _gather(start: int, n: int, one: One) -> float:
    limit = asyncio.Semaphore(CONCURRENCY)

    async def run(i: int) -> None:
        async with limit:
            await one(i)

    started = time.perf_counter()
    await asyncio.gather(*(run(i) for i in range(start, start + n)))
    return n / (time.perf_counter() - started)


@asynccontextmanager
async def raw_aiohttp(base_url: str) -> AsyncIterator[One]:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=CONCURRENCY)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with aiohttp.ClientSession(base_url, headers=headers, connector=connector) as session:

        async def one(i: int) -> None:
            async with session.get(f"/v1/videos/raw-{i}") as response:
                json.loads(await response.read())

        yield one


@asynccontextmanager
async def plain_httpx(base_url: str) -> AsyncIterator[One]:
    import httpx

    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, limits=limits) as client:

        async def one(i: int) -> None:
            (await client.get(f"/v1/videos/httpx-{i}")).json()

        yield one


@asynccontextmanager
async def openai_sdk(base_url: str) -> AsyncIterator[One]:
    """The peer's async client as its users make it (its own httpx pool and defaults), pointed at the mock."""
    from openai import AsyncOpenAI

    async with AsyncOpenAI(base_url=f"{base_url}/v1", api_key=TOKEN) as client:

        async def one(i: int) -> None:
            await client.videos.retrieve(f"sdk-{i}")

        yield one


@asynccontextmanager
async def async_gateway(base_url: str) -> AsyncIterator[One]:
    from videotask import AsyncGateway

    async with AsyncGateway(base_url, TOKEN, max_connections=CONCURRENCY) as gateway:

        async def one(i: int) -> None:
            await gateway.get("openai_videos", f"gw-{i}")

        yield one


CLIENTS = {"gateway": async_gateway, "aiohttp": raw_aiohttp, "httpx": plain_httpx, "openai_sdk": openai_sdk}
Runs = dict[str, list[float]]


async def _clients_side_by_side(
    base_url: str, names: list[str], requests: int, rounds: int, first: int
) -> tuple[Runs, Runs, Runs]:
    """The clients `names` open at once; each warmed up alike, then `rounds` timed runs of `requests`, the order
    turning round by round; each client's rate in every run, by the wall clock and by this process's CPU time
    (which another tenant of the machine cannot take), and the garbage collections it caused (young
    generation, per 10,000 gets: what its allocations cost, whatever the machine does). Task ids start at
    `first`: every poll is a first poll."""
    rates: Runs = {name: [] for name in names}
    cpu_rates: Runs = {name: [] for name in names}
    collections: Runs = {name: [] for name in names}
    async with _open(base_url, names) as ones:
        for one in ones.values():
            await _gather(first, WARM_UP, one)
        for round_ in range(rounds):
            for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
                start = first + WARM_UP + round_ * requests
                gc.collect()  # no client pays for the garbage another left
                cpu, young = time.process_time(), gc.get_stats()[0]["collections"]
                rates[name].append(await _gather(start, requests, ones[name]))
                cpu_rates[name].append(requests / (time.process_time() - cpu))
                collections[name].append((gc.get_stats()[0]["collections"] - young) * 10_000 / requests)
    return rates, cpu_rates, collections


@asynccontextmanager
async def _open(base_url: str, names: list[str]) -> AsyncIterator[dict[str, One]]:
    from contextlib import AsyncExitStack

    async with AsyncExitStack() as stack:
        yield {name: await stack.enter_async_context(CLIENTS[name](base_url)) for name in names}


async def server_capacity(base_url: str, n: int = 40_000, *, one_task: bool = False) -> float:
    """Responses/s a server (bench/server.py or the mock) gives a client that does nothing but send and count
    (keep-alive, 200 connections): what the server can do when it, not the client, is the limit. Each request
    polls a task of its own, as the clients above do (every poll a first poll); `one_task`: every request polls
    the same task, which the mock's kept answers serve from memory."""
    host, port = base_url.removeprefix("http://").split(":")
    head = f" HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {TOKEN}\r\n\r\n".encode()
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    count = sent = 0

    def request() -> bytes:
        nonlocal sent
        sent += 1
        return b"GET /v1/videos/cap" + (b"" if one_task else b"-%d" % sent) + head

    class Client(asyncio.Protocol):
        def connection_made(self, transport: Any) -> None:
            self.transport, self.buffer = transport, b""
            transport.write(request())

        def data_received(self, data: bytes) -> None:
            nonlocal count
            self.buffer += data
            while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
                head = self.buffer[:end].lower()  # the server may spell it Content-Length
                start = head.find(b"content-length: ") + 16
                stop = head.find(b"\r\n", start)  # -1: it is the last header line
                length = int(head[start : stop if stop >= 0 else end])
                if len(self.buffer) < end + 4 + length:
                    return
                self.buffer = self.buffer[end + 4 + length :]
                count += 1
                if count >= n:
                    if not done.done():
                        done.set_result(None)
                    return
                self.transport.write(request())

    started = time.perf_counter()
    transports = [(await loop.create_connection(Client, host, int(port)))[0] for _ in range(CONCURRENCY)]
    await done
    rate = count / (time.perf_counter() - started)
    for transport in transports:
        transport.close()
    return rate


def concurrent_polling() -> list[Figure]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the SDK announces the Videos API's retirement
        with bench_server() as base_url:
            fast = asyncio.run(_clients_side_by_side(base_url, ["gateway", "aiohttp"], REQUESTS, ROUNDS, 0))
            after = WARM_UP + ROUNDS * REQUESTS
            slow = asyncio.run(
                _clients_side_by_side(base_url, ["gateway", "httpx", "openai_sdk"], SLOW_REQUESTS, SLOW_ROUNDS, after)
            )
            capacity = asyncio.run(server_capacity(base_url))
    with mock_process() as base_url:
        mock = asyncio.run(server_capacity(base_url, MOCK_GETS))
        one_task = asyncio.run(server_capacity(base_url, MOCK_GETS, one_task=True))
    (runs, cpu_runs, collected), (slow_runs, _, _) = fast, slow
    best = {name: max(found) for name, found in runs.items()}
    cpu_best = {name: max(found) for name, found in cpu_runs.items()}
    slow_best = {name: max(found) for name, found in slow_runs.items()}
    gateway = best["gateway"]
    paired = sorted(ours / theirs for ours, theirs in zip(runs["gateway"], runs["aiohttp"], strict=True))
    sample = f"{REQUESTS} gets at concurrency {CONCURRENCY} after {WARM_UP} warm-up gets"
    reps = f"best of {ROUNDS}, the two clients interleaved"
    slow_sample = f"{SLOW_REQUESTS} gets at concurrency {CONCURRENCY} after {WARM_UP} warm-up gets"
    slow_reps = f"best of {SLOW_ROUNDS}, the three clients interleaved"
    return [
        Figure("async_gateway_rps", f"{gateway:.0f}", "-", sample, reps),
        Figure("raw_aiohttp_rps", f"{best['aiohttp']:.0f}", "-", sample, reps),
        Figure("async_gateway_vs_aiohttp", f"{gateway / best['aiohttp']:.2f} (target >= 0.9)",
               "aiohttp.ClientSession get + json.loads", sample, reps),
        Figure("async_gateway_vs_aiohttp_by_round", f"median {statistics.median(paired):.2f}, range "
               f"{paired[0]:.2f}-{paired[-1]:.2f}", "raw aiohttp's run in the same round", sample,
               f"{ROUNDS} rounds, each ratio within one round"),
        Figure("async_gateway_vs_aiohttp_cpu", f"{cpu_best['gateway'] / cpu_best['aiohttp']:.2f} (client CPU "
               f"time per get: {1e6 / cpu_best['gateway']:.0f} vs {1e6 / cpu_best['aiohttp']:.0f} us)",
               "the same, by this process's CPU time", sample, reps),
        Figure("async_gateway_vs_aiohttp_collections", f"{statistics.median(collected['gateway']):.0f} vs "
               f"{statistics.median(collected['aiohttp']):.0f} young-generation collections per 10,000 gets",
               "raw aiohttp, the same runs", sample, f"median of {ROUNDS}"),
        Figure("plain_httpx_async_rps", f"{slow_best['httpx']:.0f}", "-", slow_sample, slow_reps),
        Figure("openai_sdk_async_rps", f"{slow_best['openai_sdk']:.0f}", "-", slow_sample, slow_reps),
        Figure("async_gateway_vs_openai_sdk", f"{slow_best['gateway'] / slow_best['openai_sdk']:.1f}",
               "AsyncOpenAI(base_url=mock).videos.retrieve, the SDK's defaults", slow_sample, slow_reps),
        Figure("async_gateway_vs_httpx", f"{slow_best['gateway'] / slow_best['httpx']:.1f}",
               "httpx.AsyncClient get + .json(), pool of 200", slow_sample, slow_reps),
        Figure("bench_server_capacity_rps", f"{capacity:.0f}", "-",
               "40000 gets on 200 keep-alive connections, a task each (bench/server.py)", "1"),
        Figure("bench_server_vs_gateway", f"{capacity / gateway:.1f} (target >= 2: the server is not the "
               "bottleneck)", "async_gateway_rps", "as above", "as above"),
        Figure("mock_server_capacity_rps", f"{mock:.0f} ({mock / gateway:.1f}x the gateway)", "-",
               f"{MOCK_GETS} gets on 200 keep-alive connections, a task each (the MockGateway, aiohttp's server)",
               "1"),
        Figure("mock_server_capacity_one_task_rps", f"{one_task:.0f} ({one_task / gateway:.1f}x the gateway)", "-",
               f"{MOCK_GETS} gets of one task on 200 keep-alive connections (the MockGateway)", "1"),
    ]  # fmt: skip


# -- 3. sync polling ----------------------------------------------------------------------------------------


def sync_polling(n: int = 2_000, rounds: int = 10) -> list[Figure]:
    import httpx

    from videotask import Gateway

    with bench_server() as base_url:

        def plain(round_: int) -> tuple[float, float]:
            with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
                started, cpu = time.perf_counter(), time.process_time()
                for i in range(n):
                    client.get(f"/v1/videos/s{round_}-{i}").json()
                return n / (time.perf_counter() - started), (time.process_time() - cpu) / n

        def gateway(round_: int) -> tuple[float, float]:
            with Gateway(base_url, TOKEN) as gw:
                started, cpu = time.perf_counter(), time.process_time()
                for i in range(n):
                    gw.get("openai_videos", f"g{round_}-{i}")
                return n / (time.perf_counter() - started), (time.process_time() - cpu) / n

        plain(-1)
        gateway(-1)
        plain_runs, gateway_runs = [], []  # (gets a second, client CPU seconds a get) of each round
        for round_ in range(rounds):  # interleaved, each side first in turn; best of each: loopback is noisy
            first, second = (plain, gateway) if round_ % 2 else (gateway, plain)
            runs = {first: first(round_), second: second(round_)}
            plain_runs.append(runs[plain])
            gateway_runs.append(runs[gateway])
    best_plain, best_gateway = max(rate for rate, _ in plain_runs), max(rate for rate, _ in gateway_runs)
    cpu_plain, cpu_gateway = min(cpu for _, cpu in plain_runs), min(cpu for _, cpu in gateway_runs)
    sample, reps = f"{n} sequential gets, one warm-up round each", f"best of {rounds}, interleaved"
    return [
        Figure("sync_gateway_rps", f"{best_gateway:.0f}", "-", sample, reps),
        Figure("plain_httpx_sync_rps", f"{best_plain:.0f}", "-", sample, reps),
        Figure("sync_gateway_vs_httpx", f"{best_gateway / best_plain:.2f} (target >= 0.9)",
               "httpx.Client get + .json()", sample, reps),
        # Each get waits for the server on another core: the wall clock above moves with the machine's load,
        # this process's CPU time much less (the concurrent section reports the same)
        Figure("sync_gateway_vs_httpx_cpu", f"{cpu_plain / cpu_gateway:.2f} (client CPU time per get: "
               f"{cpu_gateway * 1e6:.0f} vs {cpu_plain * 1e6:.0f} us)", "the same, by this process's CPU time",
               sample, reps),
    ]  # fmt: skip


# -- 4. generation --------------------------------------------------------------------------------------------


# Both sides find ruff (openapi-python-client's post-hooks run it as a command) where `make gen` finds it.
_GEN_ENV = {**os.environ, "PATH": f"{Path(PY).parent}{os.pathsep}{os.environ.get('PATH', '')}"}


def _timed(command: list[str], cwd: Path = ROOT) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env=_GEN_ENV)
    return time.perf_counter() - started


def _bare_parallel(specs: list[Path], workers: int) -> float:
    """openapi-python-client on every spec, `workers` at once: how `codegen gen` runs it."""

    def one(spec: Path) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            _timed(
                [PY, "-m", "openapi_python_client", "generate", "--path", str(spec),
                 "--output-path", str(Path(tmp) / spec.stem), "--meta", "none"],
                cwd=Path(tmp),
            )  # fmt: skip

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(one, specs))
    return time.perf_counter() - started


def generation(runs: int = 2) -> list[Figure]:
    noop = min(_timed(["make", "-s", "gen"]) for _ in range(3))
    specs = sorted((ROOT / "specs").glob("*.yaml"))
    workers = os.cpu_count() or 2  # what codegen's pool uses
    ours, bare = [], []
    for _ in range(runs):  # interleaved
        ours.append(_timed([PY, "-m", "codegen", "gen", "--force"]))
        bare.append(_bare_parallel(specs, workers))
    sample = f"{len(specs)} specs, both parallel ({workers} at once)"
    return [
        Figure("gen_noop_seconds", f"{noop:.2f} (make gen with nothing changed; target < 1)", "-", "1 run",
               "best of 3"),
        Figure("gen_full_seconds", f"{min(ours):.2f} (codegen gen --force: specs, clients, gates)", "-", sample,
               f"best of {runs}"),
        Figure("openapi_python_client_seconds", f"{min(bare):.2f} (bare, the same specs)", "-", sample,
               f"best of {runs}"),
        Figure("gen_full_vs_bare", f"{min(ours) / min(bare):.2f} (target <= 1.5)",
               "bare openapi-python-client, as parallel as ours", sample, f"best of {runs}, interleaved"),
    ]  # fmt: skip


# -- 5. start-up ------------------------------------------------------------------------------------------------


def startup(runs: int = 15) -> list[Figure]:
    """`import videotask` against `import httpx`, each in a fresh interpreter, both byte-compiled as an installed
    package is: the warm-up writes every module's bytecode to one cache outside the tree (a prefix makes
    Python read and write only there), so neither side pays for compiling source (without it `videotask`, a
    source checkout, was compiled on every run while httpx had the .pyc files pip wrote)."""
    cache = tempfile.mkdtemp(prefix="bench-pycache-")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache

    def once(module: str) -> float:
        started = time.perf_counter()
        subprocess.run([PY, "-c", f"import {module}"], check=True, env=env, cwd=ROOT)
        return time.perf_counter() - started

    once("videotask")
    once("httpx")
    ours, theirs = [], []
    for _ in range(runs):  # interleaved
        ours.append(once("videotask"))
        theirs.append(once("httpx"))
    bare = statistics.median(once("sys") for _ in range(5))
    shutil.rmtree(cache, ignore_errors=True)
    sample = "a fresh interpreter per import, one warm-up each (bytecode cached for both)"
    reps = f"median of {runs}, interleaved"
    return [
        Figure("import_videotask_ms", f"{statistics.median(ours) * 1000:.0f}", "-", sample, reps),
        Figure("import_httpx_ms", f"{statistics.median(theirs) * 1000:.0f}", "-", sample, reps),
        Figure("import_bare_python_ms", f"{bare * 1000:.0f}", "-", sample, "median of 5"),
        Figure("import_videotask_vs_httpx", f"{statistics.median(ours) / statistics.median(theirs):.2f} "
               "(target <= 1.5)", "import httpx", sample, reps),
    ]  # fmt: skip


# -- 6. scale ---------------------------------------------------------------------------------------------------

_SCALE = """
import asyncio, gc, os, sys, time
from collections import Counter
from videotask import AsyncGateway, families
N = int(sys.argv[2])
PAGE = os.sysconf("SC_PAGE_SIZE")
def rss():  # resident now (not ru_maxrss, a high-water mark that the imports' own peaks may already have set)
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE
async def main():
    async with AsyncGateway(sys.argv[1], "sk-bench", max_connections=100) as gw:
        # every family loaded (spec, validators, reader) and every connection of the pool open before RSS is
        # read: what grows after this is the waits' own
        names = families()
        await asyncio.gather(*(gw.get(names[i % len(names)], f"warm-up-{i}") for i in range(200)))
        gc.collect()
        before = peak = rss()
        states = Counter()
        async def one(i):
            task = await gw.wait(names[i % len(names)], f"scale-{i}", timeout=600, poll_interval=0.5)
            states[task.state.value] += 1
        async def sample():
            nonlocal peak
            while True:
                peak = max(peak, rss())
                await asyncio.sleep(0.05)
        sampler = asyncio.create_task(sample())
        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(N)))
        took = time.perf_counter() - started
        sampler.cancel()
    print(sum(states.values()), (peak - before) / 1024 / N, took, dict(states))
asyncio.run(main())
"""


def scale(tasks: int = 10_000) -> list[Figure]:
    with mock_process(running_polls=2) as base_url:
        done = subprocess.run([PY, "-c", _SCALE, base_url, str(tasks)], check=True, capture_output=True, text=True)
    finished, kb_per_task, took, states = done.stdout.split(maxsplit=3)
    sample = f"{tasks} concurrent waits over every family, 3 polls each"
    return [
        Figure("scale_waits_finished", f"{finished} of {tasks} ({float(took):.1f} s; {states.strip()})", "-",
               sample, "1"),
        Figure("scale_rss_per_task_kb", f"{float(kb_per_task):.1f} (peak resident growth / in-flight wait, sampled "
               "every 50 ms; target <= 20)", "-", sample, "1"),
    ]  # fmt: skip


_FILE_SERVER = """
import sys, httpx
from videotask import TaskState, families, family
from videotask.testing import MockGateway
mock = MockGateway(token="sk-bench", content_size=int(sys.argv[1]), running_polls=0).start()
name = next(n for n in families() if not family(n).override.content_url)  # a file on the other origin
mock.script("bench-file", TaskState.SUCCEEDED, 0)
op = family(name).queries[0]
path = op.path.replace("{" + op.id_param + "}", "bench-file") if op.id_in == "path" else op.path
for _ in range(2):  # queued, then succeeded: the file is served from now on
    httpx.get(mock.base_url + path, params=None if op.id_in == "path" else {op.id_param: "bench-file"},
              headers={"Authorization": "Bearer sk-bench"})
print(mock.base_url, name, flush=True)
sys.stdin.read()
"""
_FILE_CLIENT = """
import asyncio, resource, sys, tempfile, time, pathlib
from videotask import AsyncGateway, Gateway
base, name, side = sys.argv[1], sys.argv[2], sys.argv[3]
folder = pathlib.Path(tempfile.mkdtemp())
with Gateway(base, "sk-bench") as gw:
    task = gw.get(name, "bench-file")
loop = asyncio.new_event_loop()
def run(coroutine):
    return loop.run_until_complete(coroutine)
async def aiohttp_session():
    import aiohttp
    return aiohttp.ClientSession(auto_decompress=False)
async def async_gateway():
    return AsyncGateway(base, "sk-bench")
if side == "raw":  # the baseline: aiohttp's stream written to a file as it comes
    session = run(aiohttp_session())
    async def raw(target):
        async with session.get(task.video_url) as response:
            with open(target, "wb") as out:
                async for chunk in response.content.iter_chunked(256 * 1024):
                    out.write(chunk)
    download = lambda target: run(raw(target))
    close = lambda: run(session.close())
elif side == "httpx":  # the ceiling of a sync client on httpx: its stream written to a file as it comes
    import httpx
    client = httpx.Client()
    def download(target):
        with client.stream("GET", task.video_url) as response, open(target, "wb") as out:
            for chunk in response.iter_raw():
                out.write(chunk)
elif side == "urllib3":  # the ceiling of Gateway.download's reader: urllib3's read1 written to a file as it comes
    import urllib3
    manager = urllib3.PoolManager()
    def download(target):
        response = manager.urlopen("GET", task.video_url, preload_content=False, decode_content=False)
        with open(target, "wb") as out:
            while chunk := response.read1(256 * 1024, decode_content=False):
                out.write(chunk)
        response.release_conn()
elif side == "async":
    gateway = run(async_gateway())
    download = lambda target: run(gateway.download(task, target))
    close = lambda: run(gateway.aclose())
else:
    gateway = Gateway(base, "sk-bench")
    download = lambda target: gateway.download(task, target)
n = 0
while True:  # the first round warms up (imports, the connection) untold; then one timed round per line read
    target = folder / f"{n}.mp4"
    started, cpu_started = time.perf_counter(), time.process_time()
    download(target)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    size = target.stat().st_size
    target.unlink()
    print(f"{took} {cpu} {size}" if n else "ready", flush=True)
    n += 1
    if sys.stdin.readline().strip() != "go":
        break
if side in ("raw", "async"):
    close()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
"""


DOWNLOAD_SIDES = ("raw", "httpx", "urllib3", "async", "sync")


def downloads(size: int = 50 * 1024 * 1024, rounds: int = 7) -> list[Figure]:
    """Gateway.download and AsyncGateway.download of a ~50 MB file from a MockGateway in another process (its
    file listener: another origin), against a raw aiohttp stream of the same file; raw httpx and urllib3 streams
    too (httpx's sync stream, which Gateway.download read through before, and urllib3's read1, which it reads
    through now): throughput ratios (best of `rounds`, after a round of warm-up), each side's peak RSS and its
    median round's client CPU. Each side runs in a process of its own, so they do not share a peak, and the
    rounds are interleaved: one round of each side in turn, the order turned by one each round, so a change in
    the machine's load falls on every side alike. Each side builds its client once, before the rounds, as for a
    user's second file: what is timed is the download (Gateway() builds an httpx client, whose SSL context alone
    costs 40-60 ms here). The gateways' downloads also fsync the file before renaming it into place; the raw
    streams do not."""
    server = subprocess.Popen([PY, "-c", _FILE_SERVER, str(size)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)  # fmt: skip
    clients: dict[str, subprocess.Popen[str]] = {}
    try:
        assert server.stdout is not None
        base_url, name = server.stdout.readline().split()
        for side in DOWNLOAD_SIDES:
            clients[side] = subprocess.Popen([PY, "-c", _FILE_CLIENT, base_url, name, side], stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, text=True)  # fmt: skip
        rounds_of: dict[str, list[tuple[float, float, int]]] = {side: [] for side in DOWNLOAD_SIDES}
        for client in clients.values():  # each has warmed up
            assert client.stdout is not None
            assert client.stdout.readline().strip() == "ready"
        for n in range(rounds):
            for side in DOWNLOAD_SIDES[n % 5 :] + DOWNLOAD_SIDES[: n % 5]:
                client = clients[side]
                assert client.stdin is not None
                assert client.stdout is not None
                client.stdin.write("go\n")
                client.stdin.flush()
                took, cpu, got = client.stdout.readline().split()
                rounds_of[side].append((float(took), float(cpu), int(got)))
        peaks = {side: float(client.communicate("done\n", timeout=60)[0]) for side, client in clients.items()}
    finally:
        for client in clients.values():
            client.kill()
            client.wait(10)
        server.terminate()
        server.wait(10)
    measured = {}
    for side, timed in rounds_of.items():
        got = timed[0][2]
        cpu = sorted(c for _, c, _ in timed)[len(timed) // 2] * 1e3  # the median round's: steadier under load
        measured[side] = (got / min(t for t, _, _ in timed) / 1e6, peaks[side], got, cpu)
    raw_rate, raw_rss, got, raw_cpu = measured["raw"]
    sample, reps = f"one {got / 1e6:.1f} MB file", f"best of {rounds} after a warm-up, interleaved, a process per side"
    raw = f"{raw_rate:.0f} MB/s, peak RSS {raw_rss:.0f} MB, client CPU {raw_cpu:.0f} ms"
    figures = [Figure("download_raw_aiohttp", raw, "-", sample, reps)]
    sides = (
        ("httpx", "raw_httpx_sync", "raw httpx.Client stream", ""),
        ("urllib3", "raw_urllib3", "raw urllib3 read1 stream", ""),
        ("async", "async_gateway", "AsyncGateway.download", " (target >= 0.9)"),
        ("sync", "sync_gateway", "Gateway.download", " (target >= 0.9)"),
    )
    for side, label, name, target in sides:
        rate, rss, _, cpu = measured[side]
        ratios = sorted(a[0] / b[0] for a, b in zip(rounds_of["raw"], rounds_of[side], strict=True))
        value = (f"{rate / raw_rate:.2f}{target} (median of the rounds' ratios {ratios[len(ratios) // 2]:.2f}; "
                 f"{rate:.0f} MB/s; peak RSS {rss:.0f} MB; client CPU {cpu:.0f} ms)")  # fmt: skip
        figures.append(Figure(f"download_{label}_vs_raw_aiohttp", value, f"{name} vs raw aiohttp", sample, reps))
    reader_rate, sync_rate = measured["urllib3"][0], measured["sync"][0]
    figures.append(Figure("download_sync_gateway_vs_raw_urllib3", f"{sync_rate / reader_rate:.2f}",
                          "Gateway.download vs the raw urllib3 stream it reads through", sample, reps))  # fmt: skip
    return figures


# -- batches ------------------------------------------------------------------------------------------------

BATCH_TASKS, BATCH_RPS, BATCH_SEED = 500, 50, 25
BATCH_DURATIONS = (10.0, 40.0)  # each task's duration, drawn by the mock from a seeded hash of its body


@contextmanager
def paced_mock(limited: bool = True) -> Iterator[str]:
    """`videotask mock` with timed tasks and (`limited`) a request-rate limit, in another process; yields its URL."""
    low, high = BATCH_DURATIONS
    limit = ["--max-rps", str(BATCH_RPS)] if limited else []
    process = subprocess.Popen(
        [VIDEOTASK, "mock", "--port", "0", "--token", TOKEN, "--durations", f"{low:g}:{high:g}",
         "--seed", str(BATCH_SEED), *limit],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        yield [process.stdout.readline() for _ in range(3)][1].strip().split("=", 1)[1]
    finally:
        process.terminate()
        process.wait(10)


def _ledger(base_url: str) -> dict[str, Any]:
    import urllib.request

    request = urllib.request.Request(base_url + "/_mock/ledger", headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        found: dict[str, Any] = json.loads(answer.read())
    return found


def _batch_bodies() -> list[dict[str, str]]:
    return [{"model": "sora-2", "prompt": f"bench clip {i}: a paper boat in a rain gutter"} for i in range(BATCH_TASKS)]


BATCH_CREATES: list[float] = []  # when the batch side's tasks were created (unix seconds)


async def _batch_side(base_url: str) -> tuple[dict[str, float], dict[str, int]]:
    """Ours: `run_batch` (creates one at a time, polls planned, every request from one 50 rps budget), which
    also downloads every success. Returns when each task was seen ended (unix seconds) and the end states."""
    from videotask import AsyncGateway
    from videotask._batch import JOURNAL_NAME, run_batch
    from videotask._journal import Journal
    from videotask._plan import Durations

    low, high = BATCH_DURATIONS
    folder = Path(tempfile.mkdtemp(prefix="vt-bench-batch-"))
    states: dict[str, int] = {}
    try:
        async with AsyncGateway(base_url, TOKEN, max_rps=BATCH_RPS) as gw:
            async for item in run_batch(gw, "openai_videos", _batch_bodies(), folder, concurrency=BATCH_TASKS,
                                        expected=Durations(low, (low + high) / 2, high)):  # fmt: skip
                states[item.state] = states.get(item.state, 0) + 1
        with Journal(folder / JOURNAL_NAME) as journal:
            ids = {row.line: row.task_id for row in journal.rows()}
            BATCH_CREATES[:] = [row.created for row in journal.rows() if row.created is not None]
            seen: dict[str, float] = {}
            for line, at, state, _ in journal.events():
                task_id = ids[line]
                if state in ("succeeded", "failed") and task_id is not None and task_id not in seen:
                    seen[task_id] = at
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return seen, states


async def _create_and_wait_side(base_url: str) -> tuple[dict[str, float], dict[str, int]]:
    """The library without a batch: one `create_and_wait` per body, all at once, through one gateway with the same
    budget; each wait polls on the same plan, from openai_videos' declared durations (30/120/900 s, not the
    mock's), with no journal, concurrency limit or downloads."""
    from videotask import AsyncGateway, GatewayError

    seen: dict[str, float] = {}
    states: dict[str, int] = {}
    async with AsyncGateway(base_url, TOKEN, max_rps=BATCH_RPS) as gw:

        async def one(body: dict[str, str]) -> None:
            try:
                task = await gw.create_and_wait("openai_videos", body, timeout=600)
                seen[task.task_id] = time.time()
                key = task.state.value
            except GatewayError as exc:
                key = type(exc).__name__
            states[key] = states.get(key, 0) + 1

        await asyncio.gather(*(one(body) for body in _batch_bodies()))
    return seen, states


async def _openai_side(base_url: str) -> tuple[dict[str, float], dict[str, int]]:
    """The peer: openai-python's `videos.create` then `videos.poll` (every second, or `openai-poll-after-ms`),
    all at once, with its own retries (2, honouring Retry-After)."""
    import openai

    seen: dict[str, float] = {}
    states: dict[str, int] = {}
    async with openai.AsyncOpenAI(base_url=f"{base_url}/v1", api_key=TOKEN) as client:

        async def one(body: dict[str, str]) -> None:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    video = await client.videos.create(model=body["model"], prompt=body["prompt"])
                    video = await asyncio.wait_for(client.videos.poll(video.id), 600)
                seen[video.id] = time.time()
                key = video.status
            except (openai.APIError, TimeoutError) as exc:
                key = type(exc).__name__
            states[key] = states.get(key, 0) + 1

        await asyncio.gather(*(one(body) for body in _batch_bodies()))
    return seen, states


def _pct(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def batches() -> list[Figure]:
    """500 tasks on the openai_videos route, durations 10-40 s (seeded: the same for every side), the mock
    limiting requests to 50 a second: our batch, a `create_and_wait` per body and openai-python's `poll`, each
    against a fresh mock of the same seed. Polls and 429s are the mock's counts (over GET /_mock/ledger). The
    targets (`batch_targets`): at least 95% of the batch's tasks seen within 10% of their duration + 1 s of
    their end (the p95 of detection delay within that bound), polls per task at most 0.2x openai-python's
    polls per task without the limit, no 429 after the first second."""
    sides = {"batch": _batch_side, "create_and_wait": _create_and_wait_side, "openai_poll": _openai_side,
             "openai_poll_unlimited": _openai_side}  # fmt: skip
    results: dict[str, dict[str, Any]] = {}
    for name, side in sides.items():
        with paced_mock(limited=name != "openai_poll_unlimited") as base_url:
            started = time.time()
            seen, states = asyncio.run(side(base_url))
            wall = time.time() - started
            ledger = _ledger(base_url)
        ends, lengths = ledger["ends"], ledger["durations"]
        delays = [seen[t] - ends[t] for t in seen if t in ends]
        over = [seen[t] - ends[t] - (0.1 * lengths[t] + 1.0) for t in seen if t in ends]  # past its bound
        within = sum(late <= 0 for late in over)
        made = ledger["submitted_tasks"]
        answered = [ledger["answers"].get(t, 0) for t in seen]  # the polls each task seen ended was answered
        results[name] = {
            "served_per_ended": sum(answered) / max(len(answered), 1),
            "wall": wall, "states": states, "polls": ledger["polls"] / max(made, 1), "made": made,
            "limited": ledger["rate_limited"], "limited_late": ledger["rate_limited_after_first_second"],
            "p50": _pct(delays, 0.5), "p95": _pct(delays, 0.95), "within": within, "seen": len(delays),
            "p95_over": _pct(over, 0.95),
            "longest": max(lengths.values()) if lengths else float("nan"), "duplicates": ledger["duplicates"],
        }  # fmt: skip
    sample = (f"{BATCH_TASKS} tasks, durations {BATCH_DURATIONS[0]:g}-{BATCH_DURATIONS[1]:g} s (seeded), mock limit "
              f"{BATCH_RPS} req/s, a fresh mock per side")  # fmt: skip
    ours, wait, peer = results["batch"], results["create_and_wait"], results["openai_poll"]
    free = results["openai_poll_unlimited"]
    needed = math.ceil(0.95 * BATCH_TASKS)
    share = ours["polls"] / free["polls"]
    checks = {
        f"detection: {ours['within']} of {BATCH_TASKS} within 10% + 1 s (>= {needed})": ours["within"] >= needed,
        f"polls per task: {share:.2f}x openai poll's (<= 0.2)": share <= 0.2,
        f"429s after the first second: {ours['limited_late']} (0)": ours["limited_late"] == 0,
    }
    verdict = "; ".join(f"{name} {'met' if ok else 'MISSED'}" for name, ok in checks.items())
    figures = [
        Figure("batch_targets", f"{'ALL MET' if all(checks.values()) else 'NOT MET'}: {verdict}", "-", sample, "1"),
        Figure("batch_429_after_warmup", f"{ours['limited_late']} (all 429s: {ours['limited']}; target 0)",
               "-", sample, "1"),
        Figure("polls_per_task", f"{ours['polls']:.1f} (create_and_wait {wait['polls']:.1f}, openai poll "
               f"{peer['polls']:.1f})", "-", sample, "1"),
        Figure("polls_per_task_vs_openai_poll", f"{ours['polls'] / peer['polls']:.2f} against its requests per task "
               f"under the limit, most of its tasks lost to 429s; {ours['polls'] / free['polls']:.2f} against its "
               f"{free['polls']:.1f} polls per task without the limit (target <= 0.2)",
               "openai-python videos.poll", sample, "1"),
        Figure("polls_answered_per_ended_task", f"{ours['served_per_ended']:.1f} (create_and_wait "
               f"{wait['served_per_ended']:.1f}, openai poll {peer['served_per_ended']:.1f}, unlimited "
               f"{free['served_per_ended']:.1f})", "-", sample, "1"),
        Figure("batch_creates_span_s", f"{max(BATCH_CREATES) - min(BATCH_CREATES):.1f} (first to last of "
               f"{len(BATCH_CREATES)} creates, one at a time, in the budget with the polls)", "-", sample, "1"),
        Figure("detection_delay_p50_s", f"{ours['p50']:.2f} (create_and_wait {wait['p50']:.2f}, openai poll "
               f"{peer['p50']:.2f}, unlimited {free['p50']:.2f})", "-", sample, "1"),
        Figure("detection_delay_p95_s", f"{ours['p95']:.2f} (create_and_wait {wait['p95']:.2f}, openai poll "
               f"{peer['p95']:.2f}, unlimited {free['p95']:.2f}); p95 of each task's delay past 10% of its "
               f"duration + 1 s: {ours['p95_over']:+.2f} s (target <= 0)", "-", sample, "1"),
        Figure("detection_within_10pct_plus_1s", f"{ours['within']} of {ours['seen']} (create_and_wait "
               f"{wait['within']} of {wait['seen']}, openai poll {peer['within']} of {peer['seen']})", "-", sample,
               "1"),
        Figure("batch_wall_vs_longest_task", f"{ours['wall'] / ours['longest']:.2f} ({ours['wall']:.1f} s, longest "
               f"task {ours['longest']:.1f} s; creates, waits and 500 downloads)", "-", sample, "1"),
    ]  # fmt: skip
    for name, found in results.items():
        figures.append(Figure(f"batch_side_{name}", f"{found['wall']:.1f} s; tasks made {found['made']}, "
                              f"duplicates {found['duplicates']}; 429s {found['limited']} "
                              f"({found['limited_late']} after the first second); ended: {found['states']}",
                              "-", sample, "1"))  # fmt: skip
    return figures


# -- report -----------------------------------------------------------------------------------------------------


def machine() -> list[Figure]:
    names = ("httpx", "aiohttp", "orjson", "jsonschema-rs", "attrs", "openapi-python-client", "openai",
             "pydantic-core")  # fmt: skip
    return [
        Figure("cores", str(os.cpu_count())),
        Figure("python", platform.python_version()),
        Figure("platform", platform.platform()),
        Figure("load_average", " ".join(f"{load:.1f}" for load in os.getloadavg()) + " (1, 5, 15 min, at start)"),
        Figure("versions", ", ".join(f"{name} {version(name)}" for name in names)),
    ]


SECTIONS: dict[str, tuple[str, Callable[[], list[Figure]]]] = {
    "machine": ("Machine", machine),
    "response": ("Per response", response_work),
    "concurrent": ("Concurrent polling", concurrent_polling),
    "sync": ("Sync polling", sync_polling),
    "generation": ("Generation", generation),
    "startup": ("Start-up", startup),
    "scale": ("Scale", scale),
    "downloads": ("Downloads", downloads),
    "batches": ("Batches under a rate limit", batches),
}
_FIGURES = "figures: "  # the line a section's process hands its figures back on


def _section(key: str) -> list[Figure]:
    """One section in a process of its own: none pays for the heap, the imports or the garbage another left
    (the concurrent clients ran 10% apart after the per-response section had filled the heap)."""
    done = subprocess.run([PY, __file__, "--section", key], check=True, stdout=subprocess.PIPE, text=True)
    line = next(line for line in done.stdout.splitlines() if line.startswith(_FIGURES))
    return [Figure(*cells) for cells in json.loads(line.removeprefix(_FIGURES))]


def main() -> int:
    if sys.argv[1:2] == ["--section"]:
        print(_FIGURES + json.dumps(SECTIONS[sys.argv[2]][1]()), flush=True)
        return 0
    if sys.argv[1:2] == ["--only"]:  # one section alone, printed, RESULTS.md left as it is: `run.py --only batches`
        for figure in _section(sys.argv[2]):
            print(f"{figure.name}: {figure.value}", flush=True)
        return 0
    started = time.perf_counter()
    report = ["# Benchmark results", "", "Written by `make bench` (bench/run.py); ratios are measured in one run,",
              "each side with the same warm-up, sample and repetitions, interleaved; each section in a process",
              "of its own.", ""]  # fmt: skip
    for key, (title, _) in SECTIONS.items():
        figures = _section(key)
        report += [f"## {title}", ""]
        if key == "machine":
            report += ["| figure | value |", "| --- | --- |"]
        else:
            report += ["| figure | value | baseline | sample | repetitions |", "| --- | --- | --- | --- | --- |"]
        for figure in figures:
            print(f"{figure.name}: {figure.value}", flush=True)
            cells = figure[:2] if key == "machine" else figure
            report.append("| " + " | ".join(cells) + " |")
        report.append("")
    took = time.perf_counter() - started
    print(f"bench_seconds: {took:.0f}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report += [f"Whole run: {took:.0f} s. Peak RSS of a section's process (or one it started): {peak:.0f} MB.", ""]
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
