"""wait and wait_all with a fake clock: no test sleeps for real. Expected sleeps are worked out by hand from the
poll plan's rules (videotask/_plan.py) with openai_videos' durations in specs/timing/durations.yaml: shortest
30 s, typical 120 s."""

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
    # its age is unknown: counted from the first poll (t=0), no shortest wait. t=0 queued: half of the typical
    # 120 s; t=60 at 30%: the 70% left at the typical pace ends at 60 + 84 = 144, half of that 84 s; t=102 the
    # same 30%: half of the 42 s left; t=123 at 60%: 30% in 63 s, the 40% left ends at 207, but at most half
    # its age (61.5 s) away
    assert time.sleeps == [60.0, 42.0, 21.0, 61.5]


def test_create_and_wait_plans_from_the_create() -> None:
    time = FakeTime()
    transport = lifecycle(
        video("in_progress", 25), video("in_progress", 70), video("completed", 100, video_url="https://x/v.mp4")
    )
    creates = [httpx.Response(429, headers={"Retry-After": "5"}), httpx.Response(200, json=video("queued", 0))]

    def handler(request: httpx.Request) -> httpx.Response:
        return creates.pop(0) if request.method == "POST" else transport.handle_request(request)

    gw = gateway(httpx.MockTransport(handler), time)
    task = gw.create_and_wait("openai_videos", {"model": "sora-2", "prompt": "a boat"})
    assert task.state is TaskState.SUCCEEDED
    # the create is sent again after the 429's 5 s, and its age counts from there: no poll before the shortest
    # 30 s; at 30 s 25% done: from its create that ends at 120, half of the 90 s left; at 75 s 70%: 45% in 45 s,
    # so 105; the end it predicts plus 0.5 s
    assert time.sleeps == [5.0, 30.0, 45.0, 30.5]


def test_a_wait_never_sleeps_past_its_deadline_and_polls_at_it() -> None:
    time, polls = FakeTime(), []

    def handler(request: httpx.Request) -> httpx.Response:
        polls.append(time.now - 1000.0)
        return httpx.Response(200, json=video("queued"))

    with pytest.raises(videotask.WaitTimeout):
        gateway(httpx.MockTransport(handler), time).wait("openai_videos", "v", timeout=100)
    # half the typical 120 s, then half the 60 s left (not the 40 s to the deadline), then the deadline itself
    assert time.sleeps == [60.0, 30.0, 10.0]
    assert polls == [0.0, 60.0, 90.0, 100.0]


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


@pytest.mark.parametrize(
    ("headers", "sleep"),
    [
        ({}, 6.0),  # 90% done: the 10% left at the typical pace is 12 s, half of it
        ({"Retry-After": "9"}, 9.0),  # the server asks for longer: no poll before it
        ({"Retry-After": "2"}, 6.0),  # ... for shorter: the plan's time
        ({"openai-poll-after-ms": "8000", "Retry-After": "2"}, 8.0),  # its poll-after header first
        ({"Retry-After": "600"}, 60.0),  # a pause over 60 s: asked again after 60 s
    ],
)
def test_a_server_hint_holds_the_next_poll_back(headers: dict[str, str], sleep: float) -> None:
    time = FakeTime()
    transport = lifecycle(video("in_progress", 90), video("completed", video_url="https://x/v.mp4"), headers=headers)
    gateway(transport, time).wait("openai_videos", "v")
    assert time.sleeps == [sleep]


def test_a_fixed_poll_interval_wins_over_the_plan_and_the_hint() -> None:
    time = FakeTime()
    transport = lifecycle(
        video("queued"), video("queued"), video("completed", video_url="https://x/v.mp4"), headers={"Retry-After": "9"}
    )
    gateway(transport, time).wait("openai_videos", "v", poll_interval=2)
    assert time.sleeps == [2, 2]


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
