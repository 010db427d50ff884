"""Routes come from the families' data: every query route (path or query-string ids), the result call and the
file it names (on the file listener), each answering as the override says."""

from __future__ import annotations

import httpx
import pytest

from tests.testing.routes import url_for
from videotask import Gateway, TaskState
from videotask.testing import MockGateway
from videotask.testing._catalog import views
from videotask.testing._content import video_bytes

SIZE = 2048
MANY_ROUTES = [fam.name for fam in views() if len(fam.queries) > 1]
WITH_RESULT = [fam.name for fam in views() if fam.result is not None]


@pytest.fixture(scope="module")
def mock():
    with MockGateway(running_polls=0, content_size=SIZE) as server:
        yield server


@pytest.fixture
def client(mock):
    mock.reset()
    with httpx.Client(base_url=mock.base_url, headers={"Authorization": f"Bearer {mock.token}"}) as http:
        yield http


def _view(name):
    return next(fam for fam in views() if fam.name == name)


@pytest.mark.parametrize("name", [fam.name for fam in views()])
def test_every_query_route_serves_the_task_with_its_id_where_declared(mock, client, name):
    for route in _view(name).queries:
        task_id = f"r-{route.operation}"
        assert client.get(url_for(route, task_id)).status_code == 200
        assert mock.polls(name, task_id) == 1
        assert mock.requests[-1].path == route.template.split("?")[0].replace("{" + route.id_param + "}", task_id)
        if route.id_in == "query":
            missing = client.get(route.template)
            assert missing.status_code == 400
            assert route.id_param in missing.json()["error"]["message"]


@pytest.mark.parametrize("name", MANY_ROUTES)
def test_a_task_polled_on_any_route_shares_one_lifecycle(mock, name):
    fam = _view(name)
    mock.reset()
    with Gateway(mock.base_url, mock.token) as gateway:
        for polls, route in enumerate(fam.queries, start=1):
            assert gateway.get(name, "shared", route=route.name).task_id == "shared"
            assert mock.requests[-1].path == route.template.replace("{" + route.id_param + "}", "shared")
            assert mock.polls(name, "shared") == polls


@pytest.mark.parametrize("name", WITH_RESULT)
def test_the_result_call_names_a_file_on_the_mock_once_the_task_succeeded(mock, client, name):
    fam = _view(name)
    with Gateway(mock.base_url, mock.token) as gateway:
        task = gateway.wait(name, "res-1", poll_interval=0, timeout=60)
    assert task.state is TaskState.SUCCEEDED
    assert task.video_url is not None
    assert task.video_url.startswith(mock.cdn_url + "/files/")  # the file listener: another origin
    download = httpx.get(task.video_url)
    assert download.status_code == 200
    assert download.content == video_bytes("res-1", SIZE)
    assert client.get(url_for(fam.result, "123456789")).status_code == 404  # a file id never handed out
    client.get(url_for(fam.queries[0], "res-2"))  # queued: no file id yet, nothing to retrieve
    assert client.get(url_for(fam.result, "res-2")).status_code == 404
