"""Gateway.download, sync (urllib3) and async (aiohttp), against servers on 127.0.0.1 that keep their own ledger
of every GET: byte-exact files after a drop and a resume, a clean restart when a Range is ignored, nothing at
the target after a failure, the key only on the gateway's own origin, expired results, overwrite rules; and a
download killed with SIGKILL in a child process, resumed by the next process from the part it left.

Facts the expected values come from: RFC 9110 (`Range: bytes=N-` asks from byte N; `If-Range` with the ETag
asks for the whole file instead when the file changed); flock(2) (a lock held by one open file description
refuses LOCK_NB from any other, in this process or another)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

import videotask
from tests.adapters.local_server import LocalServer, local_server
from videotask import AsyncGateway, Gateway, TaskState, VideoTask

KEY = "sk-download-KEY-9c2e"
SIZE = 300_000
DATA = hashlib.shake_256(b"a video, deterministic").digest(SIZE)  # 300 kB of fixed bytes
OTHER = hashlib.shake_256(b"the same video, made again").digest(SIZE)  # what the server holds after a change


def finished(url: str, expires_at: datetime | None = None) -> VideoTask:
    return VideoTask(
        "openai_videos", "video_dl", TaskState.SUCCEEDED, "completed", 1.0, url, None, None, None, expires_at, {}
    )


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with local_server(file=DATA) as running:
        yield running


@pytest.fixture
def cdn() -> Iterator[LocalServer]:
    with local_server(file=DATA) as running:
        yield running


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


class Sync:
    """One face for both gateways, so every scenario runs through urllib3 (Gateway: the request its httpx client
    builds; tests/adapters/test_download_urllib3.py for that path's own) and through aiohttp."""

    def __init__(self, base: str, **kwargs: Any) -> None:
        self.gw = Gateway(base, KEY, sleep=lambda _: None, **kwargs)

    async def download(self, task: VideoTask, path: Path, **kwargs: Any) -> Path:
        return self.gw.download(task, path, **kwargs)

    async def close(self) -> None:
        self.gw.close()


class Async:
    def __init__(self, base: str, **kwargs: Any) -> None:
        async def no_sleep(_: float) -> None:
            pass

        self.gw = AsyncGateway(base, KEY, sleep=no_sleep, **kwargs)

    async def download(self, task: VideoTask, path: Path, **kwargs: Any) -> Path:
        return await self.gw.download(task, path, **kwargs)

    async def close(self) -> None:
        await self.gw.aclose()


@pytest.fixture(params=[Sync, Async], ids=["urllib3", "aiohttp"])
async def make(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    opened: list[Any] = []

    def build(base: str, **kwargs: Any) -> Any:
        opened.append(request.param(base, **kwargs))
        return opened[-1]

    yield build
    for client in opened:
        await client.close()


async def test_a_drop_mid_body_resumes_with_range_and_the_file_is_byte_exact(
    server: LocalServer, make: Any, tmp_path: Path
) -> None:
    server.get_script = [("drop", 100_000)]
    seen: list[tuple[int, int | None]] = []
    target = tmp_path / "out.mp4"
    got = await make(server.url).download(
        finished(f"{server.url}/v1/videos/video_dl/content"), target, on_progress=lambda n, t: seen.append((n, t))
    )
    assert got == target
    assert target.read_bytes() == DATA
    assert len(server.gets) == 2
    assert "range" not in server.gets[0]
    assert server.gets[1]["range"] == "bytes=100000-"
    assert server.gets[1]["if-range"] == server.etag
    assert seen[-1] == (SIZE, SIZE)
    assert leftovers(tmp_path) == ["out.mp4"]


async def test_a_file_past_the_writeback_step_is_byte_exact_through_a_drop(make: Any, tmp_path: Path) -> None:
    big = hashlib.shake_256(b"a long take").digest(9 * 1024 * 1024 + 5)  # WRITEBACK (1 MiB) passed nine times
    with local_server(file=big) as server:
        server.get_script = [("drop", 8_500_000)]  # after the first writeback: the resume starts at the drop
        target = tmp_path / "long.mp4"
        await make(server.url).download(finished(f"{server.url}/v1/videos/video_dl/content"), target)
        assert server.gets[1]["range"] == "bytes=8500000-"
    assert hashlib.sha256(target.read_bytes()).hexdigest() == hashlib.sha256(big).hexdigest()
    assert leftovers(tmp_path) == ["long.mp4"]


async def test_a_200_answer_to_a_range_request_starts_over_cleanly(
    server: LocalServer, make: Any, tmp_path: Path
) -> None:
    server.get_script = [("drop", 120_000), ("full",)]
    target = tmp_path / "v.mp4"
    await make(server.url).download(finished(f"{server.url}/v1/videos/video_dl/content"), target)
    assert target.read_bytes() == DATA  # not the first 120 kB twice
    assert server.gets[1]["range"] == "bytes=120000-"
    assert leftovers(tmp_path) == ["v.mp4"]


async def test_a_206_from_the_wrong_offset_starts_over(server: LocalServer, make: Any, tmp_path: Path) -> None:
    server.get_script = [("drop", 50_000), ("offset", 7), ("serve",)]
    target = tmp_path / "v.mp4"
    await make(server.url).download(finished(f"{server.url}/v1/videos/video_dl/content"), target)
    assert target.read_bytes() == DATA
    assert len(server.gets) == 3
    assert "range" not in server.gets[2]  # asked again from the start


async def test_a_download_that_runs_out_of_retries_keeps_its_part_and_the_next_call_resumes_it(
    server: LocalServer, make: Any, tmp_path: Path
) -> None:
    server.get_script = [("drop", 10_000), ("drop", 0), ("drop", 0), ("drop", 0)]
    target = tmp_path / "never.mp4"
    client = make(server.url, max_retries=2)
    task = finished(f"{server.url}/v1/videos/video_dl/content")
    with pytest.raises(videotask.TransportError):
        await client.download(task, target)
    assert len(server.gets) == 3  # the first attempt (it got somewhere), then max_retries=2 that got no further
    assert leftovers(tmp_path) == [".never.mp4.part", ".never.mp4.part.json"]  # nothing at the target
    assert (tmp_path / ".never.mp4.part").read_bytes() == DATA[:10_000]
    await client.download(task, target)
    assert server.gets[3]["range"] == "bytes=10000-"
    assert server.gets[3]["if-range"] == server.etag
    assert target.read_bytes() == DATA
    assert leftovers(tmp_path) == ["never.mp4"]


class Stopped(BaseException):
    """What stops a program rather than a download (as KeyboardInterrupt does)."""


async def test_a_part_complete_before_the_stop_is_renamed_into_place_without_asking_again(
    server: LocalServer, make: Any, tmp_path: Path
) -> None:
    def stop_at_the_end(done: int, total: int | None) -> None:
        if done == SIZE:  # every byte written, the rename not yet done
            raise Stopped

    client = make(server.url)
    task = finished(f"{server.url}/v1/videos/video_dl/content")
    target = tmp_path / "v.mp4"
    with pytest.raises(Stopped):
        await client.download(task, target, on_progress=stop_at_the_end)
    assert leftovers(tmp_path) == [".v.mp4.part", ".v.mp4.part.json"]
    await client.download(task, target)
    assert len(server.gets) == 1  # the part was whole: nothing asked again
    assert target.read_bytes() == DATA
    assert leftovers(tmp_path) == ["v.mp4"]


async def test_a_refused_download_removes_its_part(server: LocalServer, make: Any, tmp_path: Path) -> None:
    server.get_script = [("drop", 10_000), ("status", 401)]  # the key refused on the resume: it fails for good
    with pytest.raises(videotask.AuthenticationError):
        await make(server.url).download(finished(f"{server.url}/c"), tmp_path / "v.mp4")
    assert server.gets[1]["range"] == "bytes=10000-"
    assert leftovers(tmp_path) == []


async def test_an_existing_target_survives_a_failed_overwrite(server: LocalServer, make: Any, tmp_path: Path) -> None:
    server.get_script = [("status", 500)] * 3
    target = tmp_path / "keep.mp4"
    target.write_bytes(b"the old file")
    with pytest.raises(videotask.ServerError):
        await make(server.url).download(finished(f"{server.url}/c"), target, overwrite=True)
    assert target.read_bytes() == b"the old file"
    assert leftovers(tmp_path) == ["keep.mp4"]


async def test_the_key_goes_to_the_gateway_and_never_to_another_origin(
    server: LocalServer, cdn: LocalServer, make: Any, tmp_path: Path
) -> None:
    client = make(server.url)
    await client.download(finished(f"{server.url}/v1/videos/video_dl/content"), tmp_path / "own.mp4")
    await client.download(finished(f"{cdn.url}/signed/video_dl.mp4?sig=abc"), tmp_path / "cdn.mp4")
    assert server.gets[0]["authorization"] == f"Bearer {KEY}"
    assert "authorization" not in cdn.gets[0]
    assert (tmp_path / "cdn.mp4").read_bytes() == DATA


async def test_a_redirect_from_the_gateway_to_another_origin_drops_the_key(
    server: LocalServer, cdn: LocalServer, make: Any, tmp_path: Path
) -> None:
    server.get_script = [("redirect", f"{cdn.url}/signed/v.mp4?sig=1")]
    await make(server.url).download(finished(f"{server.url}/v1/videos/video_dl/content"), tmp_path / "v.mp4")
    assert server.gets[0]["authorization"] == f"Bearer {KEY}"
    assert "authorization" not in cdn.gets[0]
    assert (tmp_path / "v.mp4").read_bytes() == DATA


async def test_an_expired_result_raises_before_anything_is_sent(server: LocalServer, make: Any, tmp_path: Path) -> None:
    past = datetime.now(UTC) - timedelta(minutes=1)
    with pytest.raises(videotask.ResultExpired) as caught:
        await make(server.url).download(finished(f"{server.url}/c", expires_at=past), tmp_path / "x.mp4")
    assert caught.value.expires_at == past
    assert server.gets == []
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("status", "origin", "error"),
    [
        (404, "gateway", videotask.ResultExpired),
        (410, "cdn", videotask.ResultExpired),
        (403, "cdn", videotask.ResultExpired),  # an expired signed URL
        (403, "gateway", videotask.AuthenticationError),  # the key was refused
    ],
)
async def test_a_gone_result_is_result_expired(
    server: LocalServer, cdn: LocalServer, make: Any, tmp_path: Path, status: int, origin: str, error: type
) -> None:
    where = server if origin == "gateway" else cdn
    where.get_script = [("status", status)]
    with pytest.raises(error) as caught:
        await make(server.url).download(finished(f"{where.url}/r/v.mp4"), tmp_path / "x.mp4")
    assert caught.value.status_code == status
    assert len(where.gets) == 1  # not retried
    assert leftovers(tmp_path) == []


async def test_overwrite_rules(server: LocalServer, make: Any, tmp_path: Path) -> None:
    client = make(server.url)
    target = tmp_path / "v.mp4"
    target.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        await client.download(finished(f"{server.url}/c"), target)
    assert server.gets == []
    assert target.read_bytes() == b"mine"
    await client.download(finished(f"{server.url}/c"), target, overwrite=True)
    assert target.read_bytes() == DATA
    with pytest.raises(IsADirectoryError):
        await client.download(finished(f"{server.url}/c"), tmp_path, overwrite=True)
    assert len(server.gets) == 1


@pytest.mark.parametrize(
    "task",
    [
        VideoTask("openai_videos", "t", TaskState.RUNNING, "in_progress", 0.5, None, None, None, None, None, {}),
        VideoTask("openai_videos", "t", TaskState.FAILED, "failed", None, None, "nsfw", None, None, None, {}),
        VideoTask("openai_videos", "t", TaskState.SUCCEEDED, "completed", 1.0, None, None, None, None, None, {}),
    ],
    ids=["running", "failed", "no-url"],
)
async def test_only_a_succeeded_task_with_a_url_downloads(
    server: LocalServer, make: Any, tmp_path: Path, task: VideoTask
) -> None:
    with pytest.raises(ValueError, match="no result"):
        await make(server.url).download(task, tmp_path / "x.mp4")
    assert server.gets == []


async def test_a_relative_content_url_is_the_gateways(server: LocalServer, make: Any, tmp_path: Path) -> None:
    await make(server.url).download(finished("/v1/videos/video_dl/content"), tmp_path / "v.mp4")
    assert server.gets[0]["authorization"] == f"Bearer {KEY}"
    assert (tmp_path / "v.mp4").read_bytes() == DATA


async def test_through_an_httpx_transport_too(tmp_path: Path) -> None:
    """AsyncGateway with an httpx transport streams through httpx; the key stays on the gateway's origin."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=DATA[:1000], headers={"Content-Length": "1000"})

    async with AsyncGateway("https://relay.test", KEY, transport=httpx.MockTransport(handler)) as gw:
        await gw.download(finished("https://relay.test/v1/videos/v/content"), tmp_path / "a.mp4")
        await gw.download(finished("https://cdn.test/v.mp4?X-Amz-Signature=1"), tmp_path / "b.mp4")
    assert seen[0].headers["authorization"] == f"Bearer {KEY}"
    assert "authorization" not in seen[1].headers
    assert (tmp_path / "b.mp4").read_bytes() == DATA[:1000]


def test_sync_through_a_mock_transport(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=DATA[:777])

    with Gateway("https://relay.test", KEY, transport=httpx.MockTransport(handler)) as gw:
        gw.download(finished("https://cdn.test/v.mp4"), tmp_path / "b.mp4")
    assert "authorization" not in seen[0].headers
    assert (tmp_path / "b.mp4").read_bytes() == DATA[:777]


def test_the_file_gets_the_usual_permissions(server: LocalServer, tmp_path: Path) -> None:
    with Gateway(server.url, KEY) as gw:
        gw.download(finished(f"{server.url}/c"), tmp_path / "v.mp4")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "v.mp4").stat().st_mode & 0o777 == 0o666 & ~umask


# -- across processes: a download killed with SIGKILL resumes in the next one ---------------------------------

CHILD = """
import asyncio, sys
from videotask import AsyncGateway, Gateway, TaskState, VideoTask
side, base, target = sys.argv[1:]
task = VideoTask("openai_videos", "video_dl", TaskState.SUCCEEDED, "completed", 1.0,
                 base + "/v1/videos/video_dl/content", None, None, None, None, {})
if side == "urllib3":
    with Gateway(base, "k") as gw:
        gw.download(task, target)
else:
    async def main():
        async with AsyncGateway(base, "k") as gw:
            await gw.download(task, target)
    asyncio.run(main())
"""
HELD = 100_000  # the bytes the server sends before it holds the connection


def start_child(side: str, server: LocalServer, target: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", CHILD, side, server.url, str(target)], stderr=subprocess.PIPE)


def wait_for(condition: Callable[[], bool], child: subprocess.Popen[bytes]) -> None:
    """Until `condition` holds (the file it looks at is the event), failing if the child ends first."""
    deadline = time.monotonic() + 60  # a bound on a hang, not a timing: the condition is what is waited for
    while not condition():
        assert child.poll() is None, child.communicate()[1].decode()
        assert time.monotonic() < deadline, "the child never got there"
        time.sleep(0.01)


def holds(part: Path, size: int) -> Callable[[], bool]:
    return lambda: part.exists() and part.stat().st_size == size


def killed_midway(side: str, server: LocalServer, target: Path) -> None:
    """A child downloads `target`; the server sends HELD bytes and holds; the child is killed with them on disk."""
    server.get_script = [("hold", HELD)]
    child = start_child(side, server, target)
    wait_for(holds(target.with_name(f".{target.name}.part"), HELD), child)
    child.send_signal(signal.SIGKILL)
    assert child.wait(10) == -signal.SIGKILL


@pytest.fixture(params=["urllib3", "aiohttp"])
def side(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_a_download_killed_midway_resumes_from_its_part_in_the_next_process(
    server: LocalServer, side: str, tmp_path: Path
) -> None:
    target = tmp_path / "v.mp4"
    killed_midway(side, server, target)
    assert leftovers(tmp_path) == [".v.mp4.part", ".v.mp4.part.json"]
    rerun = start_child(side, server, target)
    assert rerun.wait(60) == 0, rerun.communicate()[1].decode()
    assert server.gets[1]["range"] == f"bytes={HELD}-"
    assert server.gets[1]["if-range"] == server.etag
    assert len(server.gets) == 2
    assert hashlib.sha256(target.read_bytes()).hexdigest() == hashlib.sha256(DATA).hexdigest()
    assert leftovers(tmp_path) == ["v.mp4"]


@pytest.mark.parametrize("answer", ["serve", "range_only"], ids=["if-range-honoured", "if-range-ignored"])
async def test_a_file_changed_since_the_kill_is_fetched_again_from_zero(
    server: LocalServer, side: str, tmp_path: Path, answer: str
) -> None:
    target = tmp_path / "v.mp4"
    killed_midway(side, server, target)
    server.file = OTHER  # a new ETag with it
    server.get_script = [(answer,)]
    rerun = start_child(side, server, target)
    assert rerun.wait(60) == 0, rerun.communicate()[1].decode()
    assert server.gets[1]["range"] == f"bytes={HELD}-"
    if answer == "serve":
        assert len(server.gets) == 2  # the If-Range failed: the server sent the whole new file
    else:
        assert len(server.gets) == 3  # a 206 with another ETag: asked again from zero
        assert "range" not in server.gets[2]
    assert target.read_bytes() == OTHER
    assert leftovers(tmp_path) == ["v.mp4"]


def test_a_part_of_another_task_is_not_resumed(server: LocalServer, side: str, tmp_path: Path) -> None:
    target = tmp_path / "v.mp4"
    killed_midway(side, server, target)
    other = VideoTask(
        "openai_videos", "video_other", TaskState.SUCCEEDED, "completed", 1.0, f"{server.url}/c", None, None, None,
        None, {},
    )  # fmt: skip
    with Gateway(server.url, KEY) as gw:
        gw.download(other, target)
    assert "range" not in server.gets[1]
    assert target.read_bytes() == DATA


def test_a_second_download_of_the_same_target_is_refused_while_the_first_holds_its_part(
    server: LocalServer, side: str, tmp_path: Path
) -> None:
    target = tmp_path / "v.mp4"
    part = tmp_path / ".v.mp4.part"
    server.get_script = [("hold", HELD)]
    child = start_child(side, server, target)
    try:
        wait_for(holds(part, HELD), child)
        with Gateway(server.url, KEY) as gw, pytest.raises(BlockingIOError, match="being downloaded"):
            gw.download(finished(f"{server.url}/v1/videos/video_dl/content"), target)
        assert part.read_bytes() == DATA[:HELD]  # untouched: the second download never wrote
        assert len(server.gets) == 1  # nor asked
        server.release.set()  # the held answer is cut: the child resumes and finishes
        assert child.wait(60) == 0, child.communicate()[1].decode()
    finally:
        child.kill()
        child.wait(10)
    assert server.gets[1]["range"] == f"bytes={HELD}-"
    assert target.read_bytes() == DATA
    assert leftovers(tmp_path) == ["v.mp4"]
