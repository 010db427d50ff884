"""The MockGateway: lifecycles from the spec examples in each family's words, faults on demand, the token."""

from __future__ import annotations

import itertools
import json
import socket

import httpx
import pytest

from tests.conftest import FAMILIES
from videotask import Gateway, TaskState, normalize, validate
from videotask._families import family as _family
from videotask.testing import FAULTS, MockGateway
from videotask.testing._bodies import EXPIRES_ISO_MARK, EXPIRES_MARK, URL_MARK, body_template
from videotask.testing._derived import examples_200
from videotask.testing._faults import CREATE_FAULTS, FILE_FAULTS
from videotask.testing._lifecycle import Lifecycle


def override(name):  # type: ignore[no-untyped-def]
    return _family(name).override


OUTCOMES = [TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED]


@pytest.fixture(scope="module")
def mock():
    with MockGateway(running_polls=2, slow_seconds=1.0) as server:
        yield server


@pytest.fixture
def raw(mock):
    mock.reset()
    with httpx.Client(base_url=mock.base_url, headers={"Authorization": f"Bearer {mock.token}"}) as client:
        yield client


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("outcome", OUTCOMES)
def test_every_lifecycle_body_is_valid_and_means_what_it_says(mock, family, outcome):
    mock.reset()
    mock.script("t-1", outcome)
    # a family with no word for cancelled (kling, minimax) ends such a task failed, as new-api stores it
    sayable = outcome in override(family).status_values.values() or outcome is TaskState.FAILED
    outcome = outcome if sayable else TaskState.FAILED
    seen = []
    with Gateway(mock.base_url, mock.token, validation="strict") as gateway:
        final = gateway.wait(family, "t-1", poll_interval=0, timeout=60, on_progress=seen.append)
    assert [state for state, _ in itertools.groupby(task.state for task in seen)] == [
        TaskState.QUEUED,
        TaskState.RUNNING,
        outcome,
    ]
    assert mock.polls(family, "t-1") == 4
    assert (final.state, final.task_id) == (outcome, "t-1")
    assert all(task.raw_status in override(family).status_values for task in seen)
    assert (final.video_url is not None) == (outcome is TaskState.SUCCEEDED)
    assert (final.error is not None) == (outcome is TaskState.FAILED)
    progress = [task.progress for task in seen if task.progress is not None]
    assert progress == sorted(progress)


@pytest.mark.parametrize("family", FAMILIES)
def test_bodies_come_from_the_spec_examples(family):
    """Every key of a served body is a key some example of the family's spec has, at the same place."""

    def keys(value, prefix=""):
        if isinstance(value, dict):
            for key, item in value.items():
                yield prefix + key
                yield from keys(item, prefix + key + ".")

    documented = {key for example in examples_200(family) for key in keys(example)}
    for state in TaskState:
        if state is TaskState.UNKNOWN:
            continue
        body = json.loads(_rendered(body_template(family, state, 50)))
        assert not validate(family, body)
        assert set(keys(body)) <= documented | {"error", "error.message", "error.code"}


def _rendered(template: bytes) -> bytes:
    """A template's file URL and expiry marks as the mock fills them in (a URL, unix seconds)."""
    return (
        template.replace(EXPIRES_ISO_MARK.encode(), b"2031-01-02T03:04:05Z")
        .replace(EXPIRES_MARK.encode(), b"1925002245")
        .replace(URL_MARK.encode(), b"http://127.0.0.1:9/files/f/t.mp4?Expires=1925002245&Signature=0")
    )


def test_a_task_id_is_echoed_json_escaped(raw):
    task_id = 'quote"back\\slash/ünï'
    response = raw.get("/v1/videos/" + "quote%22back%5Cslash%2F%C3%BCn%C3%AF")
    assert response.status_code == 200
    assert response.json()["id"] == task_id


def test_the_id_names_the_outcome_unless_scripted(mock):
    mock.reset()
    with Gateway(mock.base_url, mock.token) as gateway:
        assert gateway.wait("vidu_native", "fail-7", poll_interval=0).state is TaskState.FAILED
        assert gateway.wait("vidu_native", "cancel-7", poll_interval=0).state is TaskState.CANCELLED
        mock.script("fail-8", TaskState.SUCCEEDED, running_polls=0)
        assert gateway.wait("vidu_native", "fail-8", poll_interval=0).state is TaskState.SUCCEEDED
        assert mock.polls("vidu_native", "fail-8") == 2


def test_stuck_tasks_never_finish_and_progress_stays_below_one():
    life = Lifecycle(TaskState.RUNNING, running_polls=3)
    steps = [life.step(poll) for poll in range(50)]
    assert all(state is not TaskState.SUCCEEDED for state, _ in steps)
    assert max(percent for _, percent in steps) == 99


def test_a_wrong_or_missing_token_is_401(mock):
    with httpx.Client(base_url=mock.base_url) as client:
        assert client.get("/v1/videos/a").status_code == 401
        wrong = client.get("/v1/videos/a", headers={"Authorization": "Bearer nope"})
        assert (wrong.status_code, wrong.headers["www-authenticate"]) == (401, "Bearer")
    with MockGateway(token=None) as open_mock, httpx.Client(base_url=open_mock.base_url) as client:
        assert client.get("/v1/videos/a").status_code == 200


def test_unknown_routes_and_methods(raw):
    assert raw.get("/v1/nothing/here").status_code == 404
    assert raw.post("/v1/videos/a", json={}).status_code == 405


FAULT_ANSWERS = [
    ("unauthorized", 401, None),
    ("forbidden", 403, None),
    ("not_found", 404, None),
    ("task_not_exist", 400, lambda r: r.json()["code"] == "task_not_exist"),
    ("request_timeout", 408, None),
    ("rate_limited", 429, lambda r: r.headers["retry-after"] == "0"),
    ("rate_limited_date", 429, lambda r: r.headers["retry-after"].endswith("GMT")),
    ("server_error", 500, None),
    ("bad_gateway_html", 502, lambda r: r.text.startswith("<html>")),
    ("unavailable", 503, None),
    ("origin_error", 520, None),
    ("client_closed", 499, None),
    ("truncated_json", 200, lambda r: _not_json(r.content)),
    ("empty_body", 200, lambda r: r.content == b""),
    ("not_object", 200, lambda r: r.json() == []),
    ("unknown_status", 200, lambda r: normalize("jimeng", r.json()).state is TaskState.UNKNOWN),
    ("redirect", 307, lambda r: r.headers["location"].endswith("/jimeng/fetch/a")),
]


@pytest.mark.parametrize(("fault", "status", "check"), FAULT_ANSWERS)
def test_each_fault_answers_as_named_then_the_task_goes_on(mock, raw, fault, status, check):
    mock.inject(fault, task_id="a")
    response = raw.get("/jimeng/fetch/a")
    assert response.status_code == status
    if check is not None:
        assert check(response)
    if status >= 400 and response.headers.get("content-type") == "application/json" and response.content:
        assert "error" in response.json() or "code" in response.json()
    assert mock.polls("jimeng", "a") == 0  # faults do not move the lifecycle
    assert normalize("jimeng", raw.get("/jimeng/fetch/a").json()).state is TaskState.QUEUED


def _not_json(content):
    try:
        json.loads(content)
    except ValueError:
        return True
    return False


def test_every_fault_is_covered_here():
    covered = {fault for fault, _, _ in FAULT_ANSWERS}
    # create_* faults: test_creates.py; file_* faults: test_files.py
    assert covered | {"slow", "drop"} | CREATE_FAULTS | FILE_FAULTS == set(FAULTS)


def test_slow_is_slower_than_a_short_timeout(mock, raw):
    mock.inject("slow", task_id="s")
    with pytest.raises(httpx.ReadTimeout):
        raw.get("/jimeng/fetch/s", timeout=0.2)


def test_drop_closes_the_connection(mock, raw):
    mock.inject("drop")
    with pytest.raises(httpx.RemoteProtocolError):
        raw.get("/jimeng/fetch/d")


def test_faults_apply_per_call_or_per_task_and_count(mock, raw):
    mock.inject("server_error", task_id="x", times=2)
    mock.inject("not_found")  # the next call, whatever the task
    assert raw.get("/v1/videos/y").status_code == 404
    assert [raw.get("/v1/videos/x").status_code for _ in range(3)] == [500, 500, 200]
    assert mock.faults_served == {"server_error": 2, "not_found": 1}
    with pytest.raises(ValueError, match="unknown fault"):
        mock.inject("gremlins")  # type: ignore[arg-type]


def test_random_faults_follow_the_rate_and_the_seed():
    with (
        MockGateway(fault_rate=0.5, seed=7, random_faults=["server_error"]) as mock,
        httpx.Client(base_url=mock.base_url, headers={"Authorization": f"Bearer {mock.token}"}) as client,
    ):
        codes = [client.get(f"/v1/videos/r{i}").status_code for i in range(200)]
    assert 60 < codes.count(500) < 140
    assert set(codes) == {200, 500}


def test_requests_are_recorded_with_their_headers(raw, mock):
    raw.get("/v1/videos/h", headers={"X-Trace": "1"})
    seen = mock.requests[-1]
    assert (seen.method, seen.path, seen.headers["x-trace"]) == ("GET", "/v1/videos/h", "1")


def test_a_given_port_is_used_and_a_busy_one_is_an_oserror():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with MockGateway(port=port) as first:
        assert first.base_url == f"http://127.0.0.1:{port}"
        with pytest.raises(OSError, match="address already in use"):
            MockGateway(port=port).start()


def test_the_pytest_fixture_serves(mock_gateway):
    with Gateway(mock_gateway.base_url, mock_gateway.token) as gateway:
        assert gateway.get("jimeng", "f").state is TaskState.QUEUED
