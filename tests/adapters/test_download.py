"""Gateway.download, sync (httpx) and async (aiohttp), against servers on 127.0.0.1 that keep their own ledger
of every GET: byte-exact files after a drop and a resume, a clean restart when a Range is ignored, nothing at
the target after a failure, the key only on the gateway's own origin, expired results, overwrite rules."""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator, Iterator
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
    """One face for both gateways, so every scenario runs through httpx and through aiohttp."""

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


@pytest.fixture(params=[Sync, Async], ids=["httpx", "aiohttp"])
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


async def test_an_interrupted_download_leaves_nothing_at_the_target(
    server: LocalServer, make: Any, tmp_path: Path
) -> None:
    server.get_script = [("drop", 10_000), ("drop", 0), ("drop", 0), ("drop", 0)]
    target = tmp_path / "never.mp4"
    with pytest.raises(videotask.TransportError):
        await make(server.url, max_retries=2).download(finished(f"{server.url}/v1/videos/video_dl/content"), target)
    assert leftovers(tmp_path) == []  # no target, no temporary file
    assert len(server.gets) == 3  # the first attempt (it got somewhere), then max_retries=2 that got no further


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
