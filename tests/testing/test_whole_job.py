"""The whole job through the MockGateway, for every family and every submit route (discovered, never named):
create, create_and_wait, download (sync and async), a bad body, each create fault, a download resumed after a
drop, an expired result. Every count is the server's (its ledger and the requests it saw), not the client's."""

from __future__ import annotations

import httpx
import pytest

import videotask
from tests.conftest import FAMILIES
from videotask import AsyncGateway, Gateway, TaskState, family
from videotask.testing import MockGateway
from videotask.testing._content import video_bytes
from videotask.testing._samples import _resolve, request_schema, sample_body, submit_op

SIZE = 200_000  # several chunks for either client
SUBMITS = [
    pytest.param(name, op.route, id=f"{name}-{op.route or 'default'}")
    for name in FAMILIES
    for op in family(name).submits
]


def no_sleep(_: float) -> None:
    pass


async def no_asleep(_: float) -> None:
    pass


@pytest.fixture(scope="module")
def server():
    with MockGateway(running_polls=1, content_size=SIZE, slow_seconds=2.0) as mock:
        yield mock


@pytest.fixture
def mock(server):
    server.reset()
    return server


def posts(mock: MockGateway) -> int:
    return sum(1 for seen in mock.requests if seen.method == "POST")


def query_path(name: str, route: str | None, task_id: str) -> str:
    """The path the created task is read on: the query route named like the submit route, else the default."""
    fam = family(name)
    op = next((q for q in fam.queries if route is not None and q.route == route), fam.queries[0])
    path = op.path.replace("{" + str(op.id_param) + "}", task_id)
    return path if op.id_in == "path" else path.split("?")[0]


def file_on_cdn(name: str) -> bool:
    return not family(name).override.content_url


def file_way(name: str) -> str:
    """How the client reaches a task's file: a result call first, the gateway's content route, or a URL."""
    fam = family(name)
    if any(op.role == "result" for op in fam.operations):
        return "result call"
    return "url" if file_on_cdn(name) else "content route"


# one submit route per way to the file: a slow file is asked again alike whatever the family, and each case
# waits out a read timeout
FILE_WAYS = list({file_way(p.values[0]): p for p in reversed(SUBMITS)}.values())


@pytest.mark.parametrize(("name", "route"), SUBMITS)
def test_create_makes_one_task_read_on_its_own_route(mock, name, route):
    with Gateway(mock.base_url, mock.token, validation="strict") as gw:
        task = gw.create(name, sample_body(name, route), route=route)
        assert task.state is TaskState.QUEUED
        assert mock.ledger.created[name, task.task_id]  # the server made exactly this task
        assert mock.ledger.submitted_tasks() == 1
        again = gw.get(name, task.task_id, route=task.route)
    assert again.task_id == task.task_id
    assert mock.requests[-1].path == query_path(name, route, task.task_id)


@pytest.mark.parametrize(("name", "route"), SUBMITS)
def test_create_wait_download_sync(mock, name, route, tmp_path):
    target = tmp_path / "result.mp4"
    with Gateway(mock.base_url, mock.token, validation="strict") as gw:
        task = gw.create_and_wait(name, sample_body(name, route), route=route, poll_interval=0, timeout=60)
        assert task.state is TaskState.SUCCEEDED
        assert gw.download(task, target) == target
    assert target.read_bytes() == video_bytes(task.task_id, SIZE)
    served = mock.ledger.file(name, task.task_id)
    assert (served.requests, served.complete, served.cut, served.bytes) == (1, 1, 0, SIZE)
    assert mock.ledger.duplicates() == 0
    assert posts(mock) == 1
    if file_on_cdn(name):  # a signed URL on another origin never sees the key
        assert (served.cdn, served.with_key) == (1, 0)
        assert [seen for seen in mock.cdn_requests if "authorization" in seen.headers] == []
    else:  # the gateway's own content route takes it
        assert (served.cdn, served.with_key) == (0, 1)


@pytest.mark.parametrize(("name", "route"), SUBMITS)
async def test_create_wait_download_async(mock, name, route, tmp_path):
    target = tmp_path / "result.mp4"
    async with AsyncGateway(mock.base_url, mock.token, validation="strict") as gw:
        task = await gw.create_and_wait(name, sample_body(name, route), route=route, poll_interval=0, timeout=60)
        assert task.state is TaskState.SUCCEEDED
        await gw.download(task, target)
    assert target.read_bytes() == video_bytes(task.task_id, SIZE)
    served = mock.ledger.file(name, task.task_id)
    assert (served.complete, served.cut, served.with_key) == (1, 0, 0 if file_on_cdn(name) else 1)
    assert posts(mock) == 1


@pytest.mark.parametrize(("name", "route"), SUBMITS)
def test_a_scripted_failure_ends_failed_with_nothing_to_download(mock, name, route):
    mock.script_next(TaskState.FAILED, running_polls=0)
    with Gateway(mock.base_url, mock.token) as gw:
        task = gw.create_and_wait(name, sample_body(name, route), route=route, poll_interval=0, timeout=60)
    assert task.state is TaskState.FAILED
    assert mock.ledger.files == {}


def _without_first_required(name: str, route: str | None) -> dict:
    fam = family(name)
    schema = _resolve(request_schema(submit_op(fam, route)), fam.components)
    body = sample_body(name, route)
    del body[schema["required"][0]]
    return body


@pytest.mark.parametrize(("name", "route"), SUBMITS)
def test_a_bad_body_is_invalid_request_and_nothing_is_sent(mock, name, route):
    with Gateway(mock.base_url, mock.token) as gw, pytest.raises(videotask.InvalidRequest):
        gw.create(name, _without_first_required(name, route), route=route)
    assert posts(mock) == 0
    assert mock.ledger.submitted_tasks() == 0


@pytest.mark.parametrize(("name", "route"), SUBMITS)
def test_the_mock_itself_refuses_a_bad_body_in_the_relays_error_shape(mock, name, route):
    """With the client's check off, the server's: a 400 naming the missing field, and no task made."""
    body = _without_first_required(name, route)
    with Gateway(mock.base_url, mock.token, validation="off") as gw, pytest.raises(videotask.APIStatusError) as caught:
        gw.create(name, body, route=route)
    assert caught.value.status_code == 400
    fam = family(name)
    missing = _resolve(request_schema(submit_op(fam, route)), fam.components)["required"][0]
    error = httpx.Response(400, content=caught.value.body).json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["code"] == "invalid_request"
    assert f'"{missing}" is a required property' in error["message"]
    assert mock.ledger.invalid[name] == 1
    assert mock.ledger.submitted_tasks() == 0


# each create fault: (fault, what the client raises or None, POSTs the server sees, tasks the server made)
CREATE_FAULTS = [
    ("create_drop", videotask.SubmitUncertain, 1, 1),  # made, then no answer: never sent again
    ("create_server_error", videotask.SubmitUncertain, 1, 1),  # made, then a 500: never sent again
    ("create_slow", videotask.SubmitUncertain, 1, 1),  # made, the answer later than the read timeout
    ("create_rate_limited", None, 2, 1),  # 429 + Retry-After before the body was read: sent again, one task
    ("create_unavailable", None, 2, 1),  # 503 before the body was read: sent again, one task
]


# create_slow for one route only: each case waits out a read timeout, and a late answer fails the POST the way a
# dropped one does, which every route still meets
FAULTS_BY_ROUTE = [
    pytest.param(*submit.values, *fault, id=f"{submit.id}-{fault[0]}")
    for i, submit in enumerate(SUBMITS)
    for fault in CREATE_FAULTS
    if fault[0] != "create_slow" or i == 0
]


@pytest.mark.parametrize(("name", "route", "fault", "raises", "sent", "made"), FAULTS_BY_ROUTE)
def test_each_create_fault_never_makes_a_second_task(mock, name, route, fault, raises, sent, made):
    mock.inject(fault)
    with Gateway(mock.base_url, mock.token, timeout=httpx.Timeout(0.3, connect=2.0), sleep=no_sleep) as gw:
        if raises is None:
            task = gw.create(name, sample_body(name, route), route=route)
            assert mock.ledger.created[name, task.task_id]
        else:
            with pytest.raises(raises) as caught:
                gw.create(name, sample_body(name, route), route=route)
            assert caught.value.request.method == "POST"
    assert posts(mock) == sent
    assert mock.ledger.submitted_tasks() == made
    assert mock.ledger.duplicates() == 0
    assert mock.faults_served[fault] == 1


@pytest.mark.parametrize(("fault", "raises", "sent", "made"), CREATE_FAULTS)
async def test_each_create_fault_async(mock, fault, raises, sent, made):
    name, route = SUBMITS[0].values
    mock.inject(fault)
    timeout = httpx.Timeout(0.3, connect=2.0)
    async with AsyncGateway(mock.base_url, mock.token, timeout=timeout, sleep=no_asleep) as gw:
        if raises is None:
            await gw.create(name, sample_body(name, route), route=route)
        else:
            with pytest.raises(raises):
                await gw.create(name, sample_body(name, route), route=route)
    assert posts(mock) == sent
    assert mock.ledger.submitted_tasks() == made
    assert mock.ledger.duplicates() == 0


def _succeeded(mock: MockGateway, name: str, route: str | None) -> videotask.VideoTask:
    with Gateway(mock.base_url, mock.token) as gw:
        return gw.create_and_wait(name, sample_body(name, route), route=route, poll_interval=0, timeout=60)


@pytest.mark.parametrize(("name", "route"), SUBMITS)
def test_a_download_dropped_mid_body_resumes_byte_exact(mock, name, route, tmp_path):
    task = _succeeded(mock, name, route)
    mock.inject("file_drop", task_id=task.task_id)
    target = tmp_path / "resumed.mp4"
    with Gateway(mock.base_url, mock.token, sleep=no_sleep) as gw:
        gw.download(task, target)
    assert target.read_bytes() == video_bytes(task.task_id, SIZE)
    served = mock.ledger.file(name, task.task_id)
    # the first answer cut at half the file, the second the rest from there (a Range), nothing more
    assert (served.requests, served.cut, served.complete, served.bytes) == (2, 1, 1, SIZE)
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize(("name", "route"), SUBMITS)
async def test_an_async_download_dropped_mid_body_resumes_byte_exact(mock, name, route, tmp_path):
    task = _succeeded(mock, name, route)
    mock.inject("file_drop", task_id=task.task_id)
    target = tmp_path / "resumed.mp4"
    async with AsyncGateway(mock.base_url, mock.token, sleep=no_asleep) as gw:
        await gw.download(task, target)
    assert target.read_bytes() == video_bytes(task.task_id, SIZE)
    served = mock.ledger.file(name, task.task_id)
    assert (served.requests, served.cut, served.complete, served.bytes) == (2, 1, 1, SIZE)


@pytest.mark.parametrize(("name", "route"), FILE_WAYS)
def test_a_slow_file_is_asked_again(mock, name, route, tmp_path):
    task = _succeeded(mock, name, route)
    mock.inject("file_slow", task_id=task.task_id)
    target = tmp_path / "slow.mp4"
    with Gateway(mock.base_url, mock.token, timeout=httpx.Timeout(0.3, connect=2.0), sleep=no_sleep) as gw:
        gw.download(task, target)
    assert target.read_bytes() == video_bytes(task.task_id, SIZE)
    assert mock.ledger.file(name, task.task_id).requests == 2


@pytest.mark.parametrize(("name", "route"), SUBMITS)
def test_a_file_gone_on_the_server_is_result_expired_and_leaves_nothing(mock, name, route, tmp_path):
    task = _succeeded(mock, name, route)
    mock.inject("file_expired", task_id=task.task_id)
    with Gateway(mock.base_url, mock.token) as gw, pytest.raises(videotask.ResultExpired) as caught:
        gw.download(task, tmp_path / "gone.mp4")
    assert caught.value.status_code == 404
    assert list(tmp_path.iterdir()) == []
    assert mock.ledger.file(name, task.task_id).refused == 1


@pytest.fixture(scope="module")
def expiring():
    """A second MockGateway for the module, whose signed URLs expired a minute before they were made."""
    with MockGateway(running_polls=0, content_size=SIZE, file_ttl=-60) as mock:
        yield mock


@pytest.mark.parametrize(("name", "route"), SUBMITS)
def test_an_expired_signed_url_is_result_expired_before_anything_is_sent(expiring, name, route, tmp_path):
    expiring.reset()
    task = _succeeded(expiring, name, route)
    assert task.expires_at is not None
    with Gateway(expiring.base_url, expiring.token) as gw, pytest.raises(videotask.ResultExpired):
        gw.download(task, tmp_path / "late.mp4")
    assert expiring.ledger.files == {}
    assert list(tmp_path.iterdir()) == []


HEADED = [
    pytest.param(name, op, id=f"{name}-{op.id}") for name in FAMILIES for op in family(name).submits if op.headers
]


@pytest.mark.parametrize(("name", "op"), HEADED)
def test_a_create_without_its_declared_headers_is_refused_and_the_gateway_sends_them(mock, name, op):
    # DashScope (wan) refuses a submit without `X-DashScope-Async: enable`: the mock does too, like the real API
    body = sample_body(name, op.route)
    bare = httpx.post(mock.base_url + op.path, json=body, headers={"Authorization": f"Bearer {mock.token}"})
    assert bare.status_code == 400
    assert all(header in bare.text for header in op.headers)
    with Gateway(mock.base_url, mock.token) as gateway:
        assert gateway.create(name, body, route=op.route).task_id
