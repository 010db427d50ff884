"""A finished task's file on the family's `content_url`, as new-api's video proxy serves it: deterministic bytes,
ranges, 400 until the task succeeded, 404 for a task the gateway does not know."""

from __future__ import annotations

import httpx
import pytest

from tests.testing.routes import url_for
from videotask._task import TaskState
from videotask.testing import MockGateway
from videotask.testing._catalog import views
from videotask.testing._content import video_bytes

WITH_CONTENT = [fam for fam in views() if fam.content is not None]
SIZE = 4096


@pytest.fixture(scope="module")
def mock():
    with MockGateway(running_polls=0, content_size=SIZE) as server:
        yield server


@pytest.fixture(params=[fam.name for fam in WITH_CONTENT])
def fam(request):
    return next(f for f in WITH_CONTENT if f.name == request.param)


@pytest.fixture
def client(mock):
    mock.reset()
    with httpx.Client(base_url=mock.base_url, headers={"Authorization": f"Bearer {mock.token}"}) as http:
        yield http


def _finish(client, fam, task_id):
    for _ in range(2):  # queued, then (no running polls) succeeded
        assert client.get(url_for(fam.queries[0], task_id)).status_code == 200


def test_the_bytes_depend_only_on_the_task_id():
    first = video_bytes("video_a", SIZE)
    assert len(first) == SIZE
    assert first[4:8] == b"ftyp"  # an MP4 begins with its ftyp box
    assert first == video_bytes("video_a", SIZE)
    assert first != video_bytes("video_b", SIZE)
    assert video_bytes("video_a", 10) == first[:10]


def test_whole_file_once_succeeded(client, fam):
    _finish(client, fam, "c1")
    response = client.get(url_for(fam.content, "c1"))
    assert response.status_code == 200
    assert response.content == video_bytes("c1", SIZE)
    assert response.headers["content-type"] == "video/mp4"
    assert response.headers["content-length"] == str(SIZE)
    assert response.headers["accept-ranges"] == "bytes"
    etag = response.headers["etag"]
    assert etag.startswith('"')
    assert client.get(url_for(fam.content, "c1")).headers["etag"] == etag
    _finish(client, fam, "c2")
    assert client.get(url_for(fam.content, "c2")).headers["etag"] != etag


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [("bytes=0-9", 0, 9), ("bytes=4090-", 4090, 4095), ("bytes=-5", 4091, 4095), ("bytes=4000-9999", 4000, 4095)],
)
def test_ranges(client, fam, header, first, last):
    _finish(client, fam, "r1")
    response = client.get(url_for(fam.content, "r1"), headers={"Range": header})
    assert response.status_code == 206
    assert response.headers["content-range"] == f"bytes {first}-{last}/{SIZE}"
    assert response.content == video_bytes("r1", SIZE)[first : last + 1]


@pytest.mark.parametrize("header", ["bytes=4096-", "bytes=5000-6000", "bytes=-0"])
def test_unsatisfiable_ranges_are_416(client, fam, header):
    _finish(client, fam, "r2")
    response = client.get(url_for(fam.content, "r2"), headers={"Range": header})
    assert response.status_code == 416
    assert response.headers["content-range"] == f"bytes */{SIZE}"


@pytest.mark.parametrize("header", ["items=0-5", "bytes=9-3", "bytes=0-1,5-6"])
def test_ranges_it_cannot_read_get_the_whole_file(client, fam, header):
    _finish(client, fam, "r3")
    response = client.get(url_for(fam.content, "r3"), headers={"Range": header})
    assert (response.status_code, len(response.content)) == (200, SIZE)


def test_before_success_400_and_unknown_404_in_new_apis_error_shape(mock, client, fam):
    client.get(url_for(fam.queries[0], "early"))  # queued
    early = client.get(url_for(fam.content, "early"))
    assert early.status_code == 400
    assert set(early.json()["error"]) == {"message", "type"}
    mock.script("failing", TaskState.FAILED, running_polls=0)
    _finish(client, fam, "failing")
    assert client.get(url_for(fam.content, "failing")).status_code == 400
    unknown = client.get(url_for(fam.content, "never-seen"))
    assert unknown.status_code == 404
    assert set(unknown.json()["error"]) == {"message", "type"}
    assert mock.polls(fam.name, "early") == 1  # a download is not a poll


def test_the_content_route_is_the_declared_one():
    assert ("openai_videos", "/v1/videos/{task_id}/content") in [
        (fam.name, fam.content.template) for fam in WITH_CONTENT
    ]
