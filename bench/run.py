"""`make bench`: the product's speed as ratios against baselines measured in the same run.

Prints one `name: value` line per figure and writes bench/RESULTS.md. No figure is asserted anywhere: the
targets are printed beside the ratios. The MockGateway runs in its own process (`videotask mock`), so the
client under test and the server each have a core.
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PY = sys.executable
VIDEOTASK = str(Path(PY).parent / "videotask")
TOKEN = "sk-bench"
CONCURRENCY = 200
REQUESTS = 5_000


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


# -- 1. per response ---------------------------------------------------------------------------------------


def response_overhead() -> dict[str, Any]:
    from adapters import families, normalize, validate
    from tests.conftest import spec_examples

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
            loads = _best(lambda raw=raw: json.loads(raw))
            ratios.append(_best(adapt) / loads)
            validate_ratios.append(_best(lambda family=family, body=body: validate(family, body)) / loads)
    return {
        "response_overhead_median": f"{statistics.median(ratios):.2f} (validate+normalize / json.loads; target <= 0.5)",
        "response_overhead_range": f"{min(ratios):.2f}-{max(ratios):.2f} over {len(ratios)} example bodies",
        "validate_only_median": f"{statistics.median(validate_ratios):.2f} (validate / json.loads)",
    }


def _best(fn: Callable[[], object], number: int = 2000) -> float:
    return min(timeit.repeat(fn, number=number, repeat=5)) / number


# -- 2. concurrent polling ----------------------------------------------------------------------------------


async def _gather(n: int, one: Callable[[int], Any]) -> float:
    limit = asyncio.Semaphore(CONCURRENCY)

    async def run(i: int) -> None:
        async with limit:
            await one(i)

    started = time.perf_counter()
    await asyncio.gather(*(run(i) for i in range(n)))
    return n / (time.perf_counter() - started)


async def raw_aiohttp(base_url: str, n: int) -> float:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=CONCURRENCY)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with aiohttp.ClientSession(base_url, headers=headers, connector=connector) as session:

        async def one(i: int) -> None:
            async with session.get(f"/v1/videos/raw-{i}") as response:
                json.loads(await response.read())

        return await _gather(n, one)


async def plain_httpx(base_url: str, n: int) -> float:
    import httpx

    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, limits=limits) as client:

        async def one(i: int) -> None:
            (await client.get(f"/v1/videos/httpx-{i}")).json()

        return await _gather(n, one)


async def async_gateway(base_url: str, n: int) -> float:
    from adapters import AsyncGateway

    async with AsyncGateway(base_url, TOKEN, max_connections=CONCURRENCY) as gateway:

        async def one(i: int) -> None:
            await gateway.get("openai_videos", f"gw-{i}")

        return await _gather(n, one)


async def server_capacity(base_url: str, n: int = 40_000) -> float:
    """Responses/s the mock serves to a client that does nothing but send and count (keep-alive, 200
    connections): what the server can do when it, not the client, is the limit."""
    host, port = base_url.removeprefix("http://").split(":")
    request = f"GET /v1/videos/cap HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {TOKEN}\r\n\r\n".encode()
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    count = 0

    class Client(asyncio.Protocol):
        def connection_made(self, transport: Any) -> None:
            self.transport, self.buffer = transport, b""
            transport.write(request)

        def data_received(self, data: bytes) -> None:
            nonlocal count
            self.buffer += data
            while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
                start = self.buffer.find(b"content-length: ", 0, end) + 16
                length = int(self.buffer[start : self.buffer.find(b"\r\n", start)])
                if len(self.buffer) < end + 4 + length:
                    return
                self.buffer = self.buffer[end + 4 + length :]
                count += 1
                if count >= n:
                    if not done.done():
                        done.set_result(None)
                    return
                self.transport.write(request)

    started = time.perf_counter()
    transports = [(await loop.create_connection(Client, host, int(port)))[0] for _ in range(CONCURRENCY)]
    await done
    rate = count / (time.perf_counter() - started)
    for transport in transports:
        transport.close()
    return rate


def concurrent_polling() -> dict[str, Any]:
    with mock_process() as base_url:
        asyncio.run(raw_aiohttp(base_url, 500))  # warm up both sides
        aiohttp_rates, gateway_rates = [], []
        for _ in range(3):  # interleaved, best of three: the machine is noisy
            aiohttp_rates.append(asyncio.run(raw_aiohttp(base_url, REQUESTS)))
            gateway_rates.append(asyncio.run(async_gateway(base_url, REQUESTS)))
        httpx_rate = asyncio.run(plain_httpx(base_url, 400))  # ~100/s: fewer requests, the rate is the rate
        capacity = asyncio.run(server_capacity(base_url))
    gateway, raw = max(gateway_rates), max(aiohttp_rates)
    return {
        "async_gateway_rps": f"{gateway:.0f} ({REQUESTS} gets at concurrency {CONCURRENCY})",
        "raw_aiohttp_rps": f"{raw:.0f}",
        "plain_httpx_async_rps": f"{httpx_rate:.0f} (400 gets)",
        "async_gateway_vs_aiohttp": f"{gateway / raw:.2f} (target >= 0.5)",
        "async_gateway_vs_httpx": f"{gateway / httpx_rate:.1f}",
        "mock_server_capacity_rps": f"{capacity:.0f}",
        "mock_capacity_vs_gateway": f"{capacity / gateway:.1f} (target >= 2: the server is not the bottleneck)",
    }


# -- 3. sync polling ----------------------------------------------------------------------------------------


def sync_polling(n: int = 1_000, rounds: int = 8) -> dict[str, Any]:
    import httpx

    from adapters import Gateway

    with mock_process() as base_url:

        def plain(round_: int) -> float:
            with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
                started = time.perf_counter()
                for i in range(n):
                    client.get(f"/v1/videos/s{round_}-{i}").json()
                return n / (time.perf_counter() - started)

        def gateway(round_: int) -> float:
            with Gateway(base_url, TOKEN) as gw:
                started = time.perf_counter()
                for i in range(n):
                    gw.get("openai_videos", f"g{round_}-{i}")
                return n / (time.perf_counter() - started)

        plain(-1)
        plain_rates, gateway_rates = [], []
        for round_ in range(rounds):  # interleaved, each side first in turn; best of each: loopback is noisy
            first, second = (plain, gateway) if round_ % 2 else (gateway, plain)
            rates = {first: first(round_), second: second(round_)}
            plain_rates.append(rates[plain])
            gateway_rates.append(rates[gateway])
    best_plain, best_gateway = max(plain_rates), max(gateway_rates)
    return {
        "sync_gateway_rps": f"{best_gateway:.0f} (best of {rounds} rounds of {n} sequential gets)",
        "plain_httpx_sync_rps": f"{best_plain:.0f}",
        "sync_gateway_vs_httpx": f"{best_gateway / best_plain:.2f} (target >= 0.9)",
    }


# -- 4. generation --------------------------------------------------------------------------------------------


def _timed(command: list[str], cwd: Path = ROOT) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - started


def generation() -> dict[str, Any]:
    noop = min(_timed(["make", "-s", "gen"]) for _ in range(3))
    ours = min(_timed([PY, "-m", "codegen", "gen", "--force"]) for _ in range(2))
    bare_runs = []
    for _ in range(2):
        total = 0.0
        for spec in sorted((ROOT / "specs").glob("*.yaml")):
            with tempfile.TemporaryDirectory() as tmp:
                total += _timed(
                    [PY, "-m", "openapi_python_client", "generate", "--path", str(spec),
                     "--output-path", str(Path(tmp) / spec.stem), "--meta", "none"],
                    cwd=Path(tmp),
                )  # fmt: skip
        bare_runs.append(total)
    bare = min(bare_runs)
    return {
        "gen_noop_seconds": f"{noop:.2f} (make gen with nothing changed; target < 1)",
        "gen_full_seconds": f"{ours:.2f} (codegen gen --force: specs, clients, gates, 4 families)",
        "openapi_python_client_seconds": f"{bare:.2f} (bare, the same 4 specs)",
        "gen_full_vs_bare": f"{ours / bare:.2f} (target <= 1.5)",
    }


# -- 5. start-up ------------------------------------------------------------------------------------------------


def startup(runs: int = 15) -> dict[str, Any]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def once(module: str) -> float:
        started = time.perf_counter()
        subprocess.run([PY, "-c", f"import {module}"], check=True, env=env, cwd=ROOT)
        return time.perf_counter() - started

    once("adapters")
    once("httpx")
    ours, theirs = [], []
    for _ in range(runs):  # interleaved
        ours.append(once("adapters"))
        theirs.append(once("httpx"))
    bare = statistics.median(once("sys") for _ in range(5))
    return {
        "import_adapters_ms": f"{statistics.median(ours) * 1000:.0f}",
        "import_httpx_ms": f"{statistics.median(theirs) * 1000:.0f}",
        "import_bare_python_ms": f"{bare * 1000:.0f}",
        "import_adapters_vs_httpx": f"{statistics.median(ours) / statistics.median(theirs):.2f} (target <= 1.5)",
    }


# -- 6. scale ---------------------------------------------------------------------------------------------------

_SCALE = """
import asyncio, resource, sys, time
from collections import Counter
from adapters import AsyncGateway, families
N = int(sys.argv[2])
async def main():
    async with AsyncGateway(sys.argv[1], "sk-bench", max_connections=100) as gw:
        await gw.get("openai_videos", "warm-up")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        states = Counter()
        async def one(i):
            family = families()[i % len(families())]
            task = await gw.wait(family, f"scale-{i}", timeout=600, poll_interval=0.5)
            states[task.state.value] += 1
        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(N)))
        took = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(sum(states.values()), (after - before) / N, took, dict(states))
asyncio.run(main())
"""


def scale(tasks: int = 10_000) -> dict[str, Any]:
    with mock_process(running_polls=2) as base_url:
        done = subprocess.run([PY, "-c", _SCALE, base_url, str(tasks)], check=True, capture_output=True, text=True)
    finished, kb_per_task, took, states = done.stdout.split(maxsplit=3)
    return {
        "scale_waits_finished": f"{finished} of {tasks} ({float(took):.1f} s; {states.strip()})",
        "scale_rss_per_task_kb": f"{float(kb_per_task):.1f} (peak RSS growth / in-flight wait; target <= 20)",
    }


_FILE_SERVER = """
import sys, httpx
from adapters import TaskState, families, family
from adapters.testing import MockGateway
mock = MockGateway(token="sk-bench", content_size=int(sys.argv[1]), running_polls=0).start()
name = next(n for n in families() if not family(n).declaration.content_url)  # a file on the other origin
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
from adapters import AsyncGateway, Gateway
base, name, side, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
folder = pathlib.Path(tempfile.mkdtemp())
with Gateway(base, "sk-bench") as gw:
    task = gw.get(name, "bench-file")
async def raw(target):
    import aiohttp
    async with aiohttp.ClientSession(auto_decompress=False) as session, session.get(task.video_url) as response:
        with open(target, "wb") as out:
            async for chunk in response.content.iter_chunked(256 * 1024):
                out.write(chunk)
async def ours_async(target):
    async with AsyncGateway(base, "sk-bench") as gw:
        await gw.download(task, target)
def ours_sync(target):
    with Gateway(base, "sk-bench") as gw:
        gw.download(task, target)
best = float("inf")
for n in range(rounds):
    target = folder / f"{n}.mp4"
    started = time.perf_counter()
    if side == "sync":
        ours_sync(target)
    else:
        asyncio.run(raw(target) if side == "raw" else ours_async(target))
    best = min(best, time.perf_counter() - started)
    size = target.stat().st_size
    target.unlink()
print(size / best / 1e6, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, size)
"""


def downloads(size: int = 50 * 1024 * 1024, rounds: int = 3) -> dict[str, Any]:
    """Gateway.download and AsyncGateway.download of a ~50 MB file from a MockGateway in another process (its
    file listener: another origin), against a raw aiohttp stream of the same file: throughput ratios (best of
    `rounds`) and each side's peak RSS, each side in a process of its own so they do not share a peak."""
    server = subprocess.Popen([PY, "-c", _FILE_SERVER, str(size)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)  # fmt: skip
    try:
        assert server.stdout is not None
        base_url, name = server.stdout.readline().split()
        measured = {}
        for side in ("raw", "async", "sync"):
            done = subprocess.run([PY, "-c", _FILE_CLIENT, base_url, name, side, str(rounds)], check=True,
                                  capture_output=True, text=True)  # fmt: skip
            rate, rss, got = done.stdout.split()
            measured[side] = (float(rate), float(rss), int(got))
    finally:
        server.terminate()
        server.wait(10)
    raw_rate, raw_rss, got = measured["raw"]
    return {
        "download_file_mb": f"{got / 1e6:.1f}",
        "download_raw_aiohttp": f"{raw_rate:.0f} MB/s, peak RSS {raw_rss:.0f} MB",
        **{
            f"download_{side}_gateway_vs_raw_aiohttp": f"{measured[side][0] / raw_rate:.2f} ({measured[side][0]:.0f}"
            f" MB/s; peak RSS {measured[side][1]:.0f} MB)"
            for side in ("async", "sync")
        },
    }


# -- report -----------------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    names = ("httpx", "aiohttp", "jsonschema-rs", "attrs", "openapi-python-client")
    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": ", ".join(f"{name} {version(name)}" for name in names),
    }


def main() -> int:
    started = time.perf_counter()
    figures: dict[str, Any] = {}
    sections = [
        ("Machine", machine),
        ("Per response", response_overhead),
        ("Concurrent polling", concurrent_polling),
        ("Sync polling", sync_polling),
        ("Generation", generation),
        ("Start-up", startup),
        ("Scale", scale),
        ("Downloads", downloads),
    ]
    report = ["# Benchmark results", "", "Written by `make bench` (bench/run.py); ratios are measured in one run.", ""]
    for title, measure in sections:
        measured = measure()
        report += [f"## {title}", "", "| figure | value |", "| --- | --- |"]
        for name, value in measured.items():
            print(f"{name}: {value}", flush=True)
            report.append(f"| {name} | {value} |")
        report.append("")
        figures.update(measured)
    took = time.perf_counter() - started
    print(f"bench_seconds: {took:.0f}")
    report += [f"Whole run: {took:.0f} s. Peak RSS of the bench process: "
               f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB.", ""]  # fmt: skip
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
