"""The MockGateway's additions for batches: timed lifecycles, a rate limit answering 429 + Retry-After, and its
ledger over HTTP with the bearer token."""

from __future__ import annotations

import httpx
import pytest

from videotask import Gateway, TaskState
from videotask.testing import MockGateway, sample_body
from videotask.testing._pacing import RateLimit, TimedLifecycle, Timing


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def test_a_timed_task_is_queued_for_a_tenth_then_runs_with_the_time_then_ends():
    clock = Clock(100.0)
    task = TimedLifecycle(TaskState.SUCCEEDED, 10.0, 100.0, clock)
    seen = []
    for now in (100.0, 100.9, 101.0, 105.5, 109.99, 110.0, 500.0):
        clock.now = now
        seen.append(task.step(poll=0))
    assert seen == [
        (TaskState.QUEUED, 0), (TaskState.QUEUED, 0), (TaskState.RUNNING, 0), (TaskState.RUNNING, 50),
        (TaskState.RUNNING, 99), (TaskState.SUCCEEDED, 100), (TaskState.SUCCEEDED, 100),
    ]  # fmt: skip
    failing = TimedLifecycle(TaskState.FAILED, 10.0, 100.0, clock)
    assert failing.step(poll=7) == (TaskState.FAILED, 50)


def test_durations_are_seeded_by_the_body_and_within_the_range():
    first, again, other = Timing(5, 15, seed=1), Timing(5, 15, seed=1), Timing(5, 15, seed=2)
    keys = [f"body-{n}" for n in range(50)]
    drawn = [first.duration(key) for key in keys]
    assert drawn == [again.duration(key) for key in keys]  # the same seed: the same durations
    assert drawn != [other.duration(key) for key in keys]
    assert all(5 <= d <= 15 for d in drawn)
    assert max(drawn) - min(drawn) > 5  # spread over the range, not one value


def test_a_text_field_starting_with_fail_makes_the_task_fail():
    timing = Timing(1, 2, seed=0, clock=Clock(0.0))
    assert timing.lifecycle("t1", "k1", {"prompt": "Fail at the end"}).outcome is TaskState.FAILED
    assert timing.lifecycle("t2", "k2", {"prompt": "a fox that does not fail"}).outcome is TaskState.SUCCEEDED


def test_the_rate_limit_is_a_token_bucket():
    clock = Clock(0.0)
    limit = RateLimit(2, clock)
    assert [limit.admit(), limit.admit()] == [None, None]
    assert limit.admit() == pytest.approx(0.5)
    clock.now = 0.5
    assert limit.admit() is None
    assert limit.limited == 1


def test_over_the_rate_the_mock_answers_429_with_retry_after():
    with MockGateway(max_rps=0.01) as mock:  # one request, then a token every 100 s
        headers = {"Authorization": f"Bearer {mock.token}"}
        with httpx.Client(base_url=mock.base_url, headers=headers) as client:
            assert client.get("/v1/videos/v1").status_code == 200
            refused = client.get("/v1/videos/v1")
        assert refused.status_code == 429
        assert 95 <= int(refused.headers["Retry-After"]) <= 100


def test_the_ledger_over_http_needs_the_token_and_counts_duplicates():
    with MockGateway(durations=(30, 60)) as mock:
        with Gateway(mock.base_url, mock.token) as gw:
            body = sample_body("openai_videos", prompt="the same body twice")
            first, second = gw.create("openai_videos", body), gw.create("openai_videos", body)
        with httpx.Client(base_url=mock.base_url) as client:
            assert client.get("/_mock/ledger").status_code == 401
            ledger = client.get("/_mock/ledger", headers={"Authorization": f"Bearer {mock.token}"}).json()
        assert ledger["submitted_tasks"] == 2
        assert ledger["duplicates"] == 1
        assert sorted(next(iter(ledger["duplicate_submissions"].values()))) == sorted([first.task_id, second.task_id])
        assert set(ledger["ends"]) == {first.task_id, second.task_id}
        with Gateway(mock.base_url, mock.token) as gw:
            assert gw.get("openai_videos", first.task_id).state is TaskState.QUEUED  # 30 s at least: not yet
