"""The loops without I/O (videotask._loops), driven here step by step by hand, and the two drivers that take
them to their end (Gateway._run, AsyncGateway._run) with stand-in senders: no server, no clock, no sleep.

Facts the expected values come from: OpenAI's video API reads a video at GET /v1/videos/{video_id}, creates
one with POST /v1/videos and serves its file at GET /v1/videos/{video_id}/content; its video object carries
`id`, `object: "video"`, `model`, `status` (queued, in_progress, completed, failed) and `progress`. RFC 9110:
Retry-After in seconds, `Range: bytes=N-` asks from byte N, a 206 names its bytes as `Content-Range: bytes
first-last/length`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import videotask
from videotask import AsyncGateway, Gateway, TaskState, VideoTask
from videotask._http import Reply, settings_from
from videotask._loops import Loops, Open, Pour, Send, Sleep
from videotask._senders import Streamed

BASE = "https://relay.test"
KEY = "sk-loops-KEY-51aa"
QUEUED = {"id": "video_123", "object": "video", "model": "sora-2", "status": "queued", "progress": 0}
RUNNING = {"id": "video_123", "object": "video", "model": "sora-2", "status": "in_progress", "progress": 40}
DONE = {"id": "video_123", "object": "video", "model": "sora-2", "status": "completed", "progress": 100}


def loops(max_retries: int = 2, now: list[float] | None = None) -> Loops:
    clock = now if now is not None else [0.0]
    return Loops(settings_from(BASE, KEY, max_retries, "warn"), lambda: clock[0])


def spelled(headers: dict[str, str]) -> httpx.Headers:
    """Header names given as keywords (retry_after=...) spelled as on the wire (retry-after)."""
    return httpx.Headers({name.replace("_", "-"): value for name, value in headers.items()})


def reply(status: int, body: dict[str, Any], path: str = "/v1/videos/video_123", **headers: str) -> Reply:
    return Reply(status, spelled(headers), json.dumps(body).encode(), "GET", path)


def answer(status: int, **headers: str) -> Streamed:
    """A download answer as the steps see it: status and headers (the body comes through a Pour step)."""
    return Streamed(status, spelled(headers), None, lambda: None)


def finish(steps: Any, outcome: Any) -> Any:
    """Send the last outcome; the steps' result (they must end there)."""
    with pytest.raises(StopIteration) as stop:
        steps.send(outcome)
    return stop.value.value


def succeeded() -> VideoTask:
    url = f"{BASE}/v1/videos/video_123/content"
    return VideoTask(
        "openai_videos", "video_123", TaskState.SUCCEEDED, "completed", 1.0, url, None, None, None, None, {}
    )


# -- get, wait, create ------------------------------------------------------------------------------------


def test_a_get_is_one_send_and_its_answer_the_task() -> None:
    steps = loops().get("openai_videos", "video_123", None)
    step = next(steps)
    assert isinstance(step, Send)
    assert (step.method, step.url, step.content) == ("GET", "/v1/videos/video_123", None)
    task, _ = finish(steps, reply(200, DONE))
    assert (task.task_id, task.state, task.raw_status) == ("video_123", TaskState.SUCCEEDED, "completed")
    assert task.progress == 1.0


def test_a_429_sleeps_what_retry_after_asks_then_sends_the_same_get_again() -> None:
    steps = loops().get("openai_videos", "video_123", None)
    first = next(steps)
    pause = steps.send(reply(429, {}, retry_after="3"))
    assert isinstance(pause, Sleep)
    assert pause.seconds == 3.0
    again = steps.send(None)
    assert isinstance(again, Send)
    assert (again.method, again.url) == (first.method, first.url) == ("GET", "/v1/videos/video_123")
    assert finish(steps, reply(200, QUEUED))[0].state is TaskState.QUEUED


def test_a_network_fault_is_raised_at_the_step_and_retried_after_a_backoff() -> None:
    steps = loops().get("openai_videos", "video_123", None)
    next(steps)
    pause = steps.throw(videotask.TransportError("connection reset"))
    assert isinstance(pause, Sleep)
    assert 0.25 <= pause.seconds <= 0.5  # the first backoff: 0.5 s, less up to half of it as jitter
    assert isinstance(steps.send(None), Send)


def test_retries_run_out_with_the_last_error() -> None:
    steps = loops(max_retries=1).get("openai_videos", "video_123", None)
    next(steps)
    assert isinstance(steps.send(reply(503, {})), Sleep)
    steps.send(None)
    with pytest.raises(videotask.ServerError) as caught:
        steps.send(reply(503, {}))
    assert caught.value.status_code == 503


def test_an_unknown_family_is_refused_when_the_steps_are_asked_for_before_any_step() -> None:
    with pytest.raises(videotask.UnknownFamily):
        loops().get("no_such_family", "video_123", None)


def test_a_wait_sleeps_its_interval_and_stops_at_its_deadline_with_the_last_task() -> None:
    now = [0.0]
    steps = loops(now=now).wait("openai_videos", "video_123", None, 12, 5, None)
    assert isinstance(next(steps), Send)
    slept = []
    for body in (QUEUED, RUNNING, RUNNING):
        pause = steps.send(reply(200, body))
        assert isinstance(pause, Sleep)
        slept.append(pause.seconds)
        now[0] += pause.seconds
        assert isinstance(steps.send(None), Send)
    assert slept == [5, 5, 2]  # 12 s in all: the last sleep ends at the deadline
    with pytest.raises(videotask.WaitTimeout) as caught:
        steps.send(reply(200, RUNNING))
    assert caught.value.task is not None
    assert caught.value.task.progress == 0.4


def test_a_create_posts_once_and_never_again_when_the_post_may_have_arrived() -> None:
    steps = loops().create("openai_videos", {"model": "sora-2", "prompt": "a paper boat"}, None)
    step = next(steps)
    assert isinstance(step, Send)
    assert (step.method, step.url) == ("POST", "/v1/videos")
    assert step.content is not None
    assert json.loads(step.content) == {"model": "sora-2", "prompt": "a paper boat"}
    with pytest.raises(videotask.SubmitUncertain):
        steps.throw(videotask.TransportError("server disconnected"))  # not `unsent`: it may have arrived


def test_a_create_that_provably_never_left_is_sent_again() -> None:
    steps = loops().create("openai_videos", {"model": "sora-2", "prompt": "a paper boat"}, None)
    first = next(steps)
    refused = videotask.TransportError("connection refused")
    refused.unsent = True
    assert isinstance(steps.throw(refused), Sleep)
    again = steps.send(None)
    assert again is first  # the same bytes
    created = finish(steps, Reply(200, httpx.Headers(), json.dumps(QUEUED).encode(), "POST", "/v1/videos"))
    assert (created.task_id, created.state) == ("video_123", TaskState.QUEUED)


# -- download ---------------------------------------------------------------------------------------------


def test_a_download_reads_to_the_end_then_renames_into_place(tmp_path: Path) -> None:
    target = tmp_path / "out.mp4"
    steps = loops().download(succeeded(), target, False, None)
    opened = next(steps)
    assert isinstance(opened, Open)
    assert (opened.url, opened.authorized) == (f"{BASE}/v1/videos/video_123/content", True)
    assert "Range" not in opened.headers
    pour = steps.send(answer(200, content_length="5"))
    assert isinstance(pour, Pour)
    pour.sink(b"hel")
    pour.sink(b"lo")
    assert finish(steps, None) == target
    assert target.read_bytes() == b"hello"
    assert [p.name for p in tmp_path.iterdir()] == ["out.mp4"]


def test_a_dropped_download_asks_for_the_rest_with_range(tmp_path: Path) -> None:
    target = tmp_path / "out.mp4"
    steps = loops().download(succeeded(), target, False, None)
    next(steps)
    steps.send(answer(200, content_length="5", etag='"v1"')).sink(b"hel")
    assert isinstance(steps.send(None), Sleep)  # the body ended at byte 3 of 5: a drop, retried
    resumed = steps.send(None)
    assert isinstance(resumed, Open)
    assert resumed.headers["Range"] == "bytes=3-"
    assert resumed.headers["If-Range"] == '"v1"'
    pour = steps.send(answer(206, content_range="bytes 3-4/5", etag='"v1"'))
    assert isinstance(pour, Pour)
    pour.sink(b"lo")
    assert finish(steps, None) == target
    assert target.read_bytes() == b"hello"


def test_a_gone_result_reads_a_little_of_the_answer_and_leaves_nothing(tmp_path: Path) -> None:
    steps = loops().download(succeeded(), tmp_path / "out.mp4", False, None)
    next(steps)
    assert isinstance(steps.send(answer(404)), Pour)
    with pytest.raises(videotask.ResultExpired) as caught:
        steps.send(None)  # an empty body
    assert caught.value.status_code == 404
    assert list(tmp_path.iterdir()) == []


# -- the drivers ------------------------------------------------------------------------------------------


class Stand:
    """Stands in for a sender: answers each Open from `answers` in turn and logs every event."""

    def __init__(self, log: list[str], answers: list[tuple[int, dict[str, str], list[bytes | Exception]]]) -> None:
        self.log, self.answers = log, answers

    def _answer(self, step: Any) -> tuple[int, httpx.Headers, list[bytes | Exception]]:
        assert isinstance(step, Open)
        self.log.append(f"open {step.headers.get('Range', 'all')}")
        status, headers, body = self.answers.pop(0)
        return status, httpx.Headers(headers), body

    def _chunks(self, body: list[bytes | Exception]) -> Iterator[bytes]:
        for part in body:
            if isinstance(part, Exception):
                raise part
            yield part

    def send(self, step: Any) -> Streamed:
        status, headers, body = self._answer(step)
        return Streamed(status, headers, self._chunks(body), lambda: self.log.append("close"))

    def close(self) -> None:
        pass


class AsyncStand(Stand):
    async def _achunks(self, body: list[bytes | Exception]) -> AsyncIterator[bytes]:
        for part in self._chunks(body):
            yield part

    async def send(self, step: Any) -> Streamed:
        status, headers, body = self._answer(step)

        async def close() -> None:
            self.log.append("close")

        return Streamed(status, headers, self._achunks(body), close)

    async def aclose(self) -> None:
        pass


DROPPED_THEN_RESUMED = [
    (200, {"content-length": "6"}, [b"abc"]),
    (206, {"content-range": "bytes 3-5/6"}, [b"def"]),
]
# each answer closed before the next step: before the retry's sleep, and when the download ends
EVENTS = ["open all", "close", "sleep", "open bytes=3-", "close"]


def test_the_sync_driver_closes_each_answer_before_it_sleeps_and_when_done(tmp_path: Path) -> None:
    log: list[str] = []
    gateway = Gateway(BASE, KEY, sleep=lambda _: log.append("sleep"))
    gateway.close()  # its own sender: the stand-in takes its place
    gateway._sender = Stand(log, list(DROPPED_THEN_RESUMED))
    assert gateway.download(succeeded(), tmp_path / "out.mp4") == tmp_path / "out.mp4"
    assert log == EVENTS
    assert (tmp_path / "out.mp4").read_bytes() == b"abcdef"


async def test_the_async_driver_closes_each_answer_before_it_sleeps_and_when_done(tmp_path: Path) -> None:
    log: list[str] = []

    async def sleep(_: float) -> None:
        log.append("sleep")

    gateway = AsyncGateway(BASE, KEY, sleep=sleep)
    gateway._sender = AsyncStand(log, list(DROPPED_THEN_RESUMED))
    assert await gateway.download(succeeded(), tmp_path / "out.mp4") == tmp_path / "out.mp4"
    assert log == EVENTS
    assert (tmp_path / "out.mp4").read_bytes() == b"abcdef"


class Unplugged(Exception):
    """Not a gateway error: nothing retries it."""


# a 404 whose body goes on: 64 KiB of it are read for the message (ERROR_BODY), the rest never is
ENDLESS_404 = [(404, {}, [b"x" * 40_000, b"y" * 40_000, Unplugged()])]


def test_the_sync_driver_reads_an_error_body_no_further_than_the_message_needs(tmp_path: Path) -> None:
    log: list[str] = []
    gateway = Gateway(BASE, KEY)
    gateway.close()
    gateway._sender = Stand(log, list(ENDLESS_404))
    with pytest.raises(videotask.ResultExpired) as caught:
        gateway.download(succeeded(), tmp_path / "out.mp4")
    assert caught.value.body == b"x" * 40_000 + b"y" * 25_536
    assert log == ["open all", "close"]


async def test_the_async_driver_reads_an_error_body_no_further_than_the_message_needs(tmp_path: Path) -> None:
    log: list[str] = []
    gateway = AsyncGateway(BASE, KEY)
    gateway._sender = AsyncStand(log, list(ENDLESS_404))
    with pytest.raises(videotask.ResultExpired) as caught:
        await gateway.download(succeeded(), tmp_path / "out.mp4")
    assert caught.value.body == b"x" * 40_000 + b"y" * 25_536
    assert log == ["open all", "close"]


def test_a_sync_failure_inside_the_body_closes_the_answer_and_leaves_nothing(tmp_path: Path) -> None:
    log: list[str] = []
    gateway = Gateway(BASE, KEY, sleep=lambda _: log.append("sleep"))
    gateway.close()  # its own sender: the stand-in takes its place
    gateway._sender = Stand(log, [(200, {"content-length": "6"}, [b"abc", Unplugged()])])
    with pytest.raises(Unplugged):
        gateway.download(succeeded(), tmp_path / "out.mp4")
    assert log == ["open all", "close"]
    assert list(tmp_path.iterdir()) == []


async def test_an_async_failure_inside_the_body_closes_the_answer_and_leaves_nothing(tmp_path: Path) -> None:
    log: list[str] = []
    gateway = AsyncGateway(BASE, KEY)
    gateway._sender = AsyncStand(log, [(200, {"content-length": "6"}, [b"abc", Unplugged()])])
    with pytest.raises(Unplugged):
        await gateway.download(succeeded(), tmp_path / "out.mp4")
    assert log == ["open all", "close"]
    assert list(tmp_path.iterdir()) == []
