"""What the mock remembers between polls to serve fast (a task's rendered answer per step, a path's route) is
never served stale: a new step, a new second of URL expiry, a new file listener, a reset, drift or a fault
each show in the next answer. Driven through MockApp directly, with a clock the test sets."""

from __future__ import annotations

import collections
import json
import types

import pytest

from videotask.testing import MockGateway
from videotask.testing import _app as app_module

RUNWAY = "/runwayml/v1/tasks/{}"  # output[0] is the file URL, signed with ?Expires=<unix seconds>
OPENAI = "/v1/videos/{}"  # expires_at: the same expiry as a bare number
MINIMAX = "/minimax/v1/query/video_generation?task_id={}"  # a finished task names a numeric file_id


@pytest.fixture
def clock(monkeypatch):
    now = types.SimpleNamespace(value=1_000_000.0)
    monkeypatch.setattr(app_module, "time", types.SimpleNamespace(time=lambda: now.value))
    return now


@pytest.fixture
def app():
    mock = MockGateway(token=None, running_polls=1, file_ttl=100)
    mock._app.cdn_url = "http://cdn.test"
    return mock._app


def poll(app, template, task_id="tk"):
    answer = app.answer("GET", template.format(task_id), {})
    assert answer.status == 200
    return json.loads(answer.body)


def test_each_poll_shows_its_own_step(app, clock):
    assert [poll(app, OPENAI)["status"] for _ in range(4)] == ["queued", "in_progress", "completed", "completed"]
    assert [poll(app, OPENAI, "other")["progress"] for _ in range(3)] == [0, 50, 100]


def test_the_expiry_follows_the_clock_to_the_second(app, clock):
    for _ in range(2):
        poll(app, RUNWAY)  # queued, running
    first = poll(app, RUNWAY)["output"][0]
    assert first == poll(app, RUNWAY)["output"][0]
    assert first.startswith("http://cdn.test/files/runway/tk.mp4?Expires=1000100&")
    clock.value += 0.5  # the same second: the same URL
    assert poll(app, RUNWAY)["output"][0] == first
    clock.value += 5
    assert poll(app, RUNWAY)["output"][0].startswith("http://cdn.test/files/runway/tk.mp4?Expires=1000105&")
    for _ in range(2):
        poll(app, OPENAI)
    assert poll(app, OPENAI)["expires_at"] == 1_000_105


def test_a_new_file_listener_shows_in_the_next_answer(app, clock):
    for _ in range(3):
        poll(app, RUNWAY)
    app.cdn_url = "http://cdn2.test"  # what a restarted mock's second listener does
    assert poll(app, RUNWAY)["output"][0].startswith("http://cdn2.test/files/runway/tk.mp4?")


def test_a_reset_forgets_rendered_file_ids():
    mock = MockGateway(token=None, running_polls=0)  # queued, then succeeded
    assert [poll(mock._app, MINIMAX, "a").get("file_id") for _ in range(3)] == [None, *["300000000000001"] * 2]
    mock.reset()
    assert [poll(mock._app, MINIMAX, "b").get("file_id") for _ in range(2)] == [None, "300000000000001"]
    assert [poll(mock._app, MINIMAX, "a").get("file_id") for _ in range(2)] == [None, "300000000000002"]


def test_drift_and_faults_apply_to_a_task_already_rendered(app, clock):
    for _ in range(3):
        poll(app, OPENAI)
    app.drift["openai_videos"] = lambda body: {**body, "status": "renamed"}
    assert poll(app, OPENAI)["status"] == "renamed"
    del app.drift["openai_videos"]
    assert poll(app, OPENAI)["status"] == "completed"
    app.faults[None] = collections.deque(["unknown_status"])
    assert poll(app, OPENAI)["status"] == "mock_unknown_status"
    assert poll(app, OPENAI)["status"] == "completed"
    assert app.faults == {}  # a used-up queue is dropped: the next polls skip the fault lookup
