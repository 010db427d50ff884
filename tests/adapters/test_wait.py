"""wait and wait_all with a fake clock: no test sleeps for real."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

import videotask
from videotask import AsyncGateway, Gateway, TaskState, VideoTask

BASE, KEY = "https://relay.test", "sk-wait"


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # let the other waits run, as a real sleep would


def lifecycle(*bodies: dict[str, Any], headers: dict[str, str] | None = None) -> httpx.MockTransport:
    """Answers each GET with the next body (the last repeats), per task id."""
    calls: dict[str, int] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        task_id = request.url.path.rsplit("/", 1)[-1]
        calls[task_id] = calls.get(task_id, 0) + 1
        return httpx.Response(200, json=bodies[min(calls[task_id], len(bodies)) - 1], headers=headers)

    return httpx.MockTransport(handler)


def video(status: str, progress: int | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"id": "v", "status": status, **extra}
    if progress is not None:
        body["progress"] = progress
    return body


def gateway(transport: httpx.MockTransport, time: FakeTime) -> Gateway:
    return Gateway(BASE, KEY, transport=transport, sleep=time.sleep, clock=time.clock)


def test_wait_until_success_reports_progress_once_per_change() -> None:
    time, seen = FakeTime(), []
    transport = lifecycle(
        video("queued", 0), video("in_progress", 30), video("in_progress", 30), video("in_progress", 60),
        video("completed", 100, video_url="https://cdn.test/v.mp4"),
    )  # fmt: skip
    task = gateway(transport, time).wait("openai_videos", "v", on_progress=seen.append)
    assert task.state is TaskState.SUCCEEDED
    assert task.video_url == "https://cdn.test/v.mp4"
    assert [t.progress for t in seen] == [0.0, 0.3, 0.6, 1.0]
    assert time.sleeps == [2.0, 2.5, 3.125, 3.90625]  # the default interval grows gently


def test_wait_failure_returns_the_failed_task() -> None:
    time = FakeTime()
    transport = lifecycle(video("in_progress", 10), video("failed", error={"code": "x", "message": "nsfw"}))
    task = gateway(transport, time).wait("openai_videos", "v", poll_interval=5)
    assert (task.state, task.error) == (TaskState.FAILED, "x: nsfw")
    assert time.sleeps == [5]


def test_wait_deadline_raises_with_the_last_task() -> None:
    time = FakeTime()
    with pytest.raises(videotask.WaitTimeout) as caught:
        gateway(lifecycle(video("in_progress", 40)), time).wait("openai_videos", "v", timeout=30, poll_interval=7)
    assert caught.value.task is not None
    assert caught.value.task.progress == 0.4
    assert sum(time.sleeps) == pytest.approx(30)
    assert time.sleeps[-1] == pytest.approx(2)  # never sleeps past the deadline


def test_unknown_state_is_never_final() -> None:
    time = FakeTime()
    transport = lifecycle(video("aborted"), video("aborted"), video("completed", 100, video_url="https://x/v.mp4"))
    task = gateway(transport, time).wait("openai_videos", "v", poll_interval=1)
    assert task.state is TaskState.SUCCEEDED
    assert len(time.sleeps) == 2


def test_progress_never_runs_backwards() -> None:
    time, seen = FakeTime(), []
    transport = lifecycle(video("in_progress", 50), video("in_progress", 20), video("in_progress"), video("failed"))
    task = gateway(transport, time).wait("openai_videos", "v", poll_interval=1, on_progress=seen.append)
    assert [t.progress for t in seen] == [0.5, 0.5]
    assert [t.state for t in seen] == [TaskState.RUNNING, TaskState.FAILED]
    assert task.progress == 0.5


def test_server_hint_sets_the_interval() -> None:
    time = FakeTime()
    transport = lifecycle(
        video("queued"), video("completed", video_url="https://x/v.mp4"), headers={"Retry-After": "9"}
    )
    gateway(transport, time).wait("openai_videos", "v")
    assert time.sleeps == [9.0]


def test_not_found_while_waiting_is_raised() -> None:
    time = FakeTime()
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={"error": {"message": "gone"}}))
    with pytest.raises(videotask.NotFoundError):
        gateway(transport, time).wait("openai_videos", "v")


async def test_async_wait_and_deadline() -> None:
    time = FakeTime()
    gw = AsyncGateway(BASE, KEY, transport=lifecycle(video("queued"), video("completed", video_url="https://x/v.mp4")),
                      sleep=time.asleep, clock=time.clock)  # fmt: skip
    task = await gw.wait("openai_videos", "v", poll_interval=3)
    assert task.state is TaskState.SUCCEEDED
    assert time.sleeps == [3]
    stuck = AsyncGateway(BASE, KEY, transport=lifecycle(video("queued")), sleep=time.asleep, clock=time.clock)
    with pytest.raises(videotask.WaitTimeout):
        await stuck.wait("openai_videos", "v", timeout=10, poll_interval=4)


async def test_wait_all_yields_each_task_once_as_it_finishes() -> None:
    time = FakeTime()
    calls: dict[str, int] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        task_id = request.url.path.rsplit("/", 1)[-1]
        calls[task_id] = calls.get(task_id, 0) + 1
        done = calls[task_id] > int(task_id[1:])  # task "tN" finishes on poll N+1
        status = "completed" if done else "in_progress"
        return httpx.Response(200, json={"id": task_id, "status": status, "video_url": "https://x/v.mp4"})

    gw = AsyncGateway(BASE, KEY, transport=httpx.MockTransport(handler), sleep=time.asleep, clock=time.clock)
    ids = ["t3", "t0", "t2", "t1", "t1"]
    finished: list[VideoTask] = [task async for task in gw.wait_all("openai_videos", ids, poll_interval=1)]
    assert sorted(t.task_id for t in finished) == ["t0", "t1", "t2", "t3"]
    assert all(t.state is TaskState.SUCCEEDED for t in finished)
    assert finished[0].task_id == "t0"
