"""The bodies the mock serves are the family's shapes: the first shape of the state, the task id put at the
declared id paths, the running progress written the way the shape writes it."""

from __future__ import annotations

import copy

import httpx
import pytest

from videotask._families import family
from videotask._task import TaskState
from videotask.testing import MockGateway
from videotask.testing._bodies import shaped_progress


def _shape(name: str, shape_name: str):
    return copy.deepcopy(next(s.body for s in family(name).shapes if s.name == shape_name))


@pytest.fixture(scope="module")
def client():
    with (
        MockGateway(running_polls=3) as mock,
        httpx.Client(base_url=mock.base_url, headers={"Authorization": f"Bearer {mock.token}"}) as http,
    ):
        http.mock = mock
        yield http


def test_openai_videos_running_is_its_shape_with_the_id_and_an_int_percent(client):
    client.get("/v1/videos/video_b1")  # queued
    served = client.get("/v1/videos/video_b1").json()  # first of three running polls: 25%
    expected = _shape("openai_videos", "official-running")
    expected["id"], expected["progress"] = "video_b1", 25
    assert served == expected


def test_jimeng_running_is_its_shape_with_the_id_and_a_percent_string(client):
    client.get("/jimeng/fetch/j1")
    client.get("/jimeng/fetch/j1")
    served = client.get("/jimeng/fetch/j1").json()  # second running poll: 50%
    expected = _shape("jimeng", "volc-running")
    expected["data"]["task_id"], expected["data"]["progress"] = "j1", "50%"
    assert served == expected


def test_queued_and_succeeded_are_the_first_shapes_of_their_state(client):
    queued = client.get("/vidu-native/video/generations/v1").json()
    expected = _shape("vidu_native", "relay-pending")
    expected["id"] = "v1"
    assert queued == expected
    client.mock.script("v2", TaskState.SUCCEEDED, running_polls=0)
    client.get("/vidu-native/video/generations/v2")
    done = client.get("/vidu-native/video/generations/v2").json()
    expected = _shape("vidu_native", "relay-completed")
    expected["id"] = "v2"
    url = done.pop("video_url")  # the shape's URL becomes the mock's own signed file URL (test_files.py)
    expected.pop("video_url")
    assert done == expected
    assert url.startswith(client.mock.cdn_url + "/files/vidu_native/v2.mp4?Expires=")


def test_a_state_with_no_shape_borrows_a_body_without_a_result(client):
    """jimeng has no cancelled shape: the running one, with the family's word for cancelled."""
    assert not [s for s in family("jimeng").shapes if s.state is TaskState.CANCELLED]
    client.mock.script("j-cancel", TaskState.CANCELLED, running_polls=0)
    client.get("/jimeng/fetch/j-cancel")
    served = client.get("/jimeng/fetch/j-cancel").json()
    expected = _shape("jimeng", "volc-running")
    expected["data"]["task_id"], expected["data"]["status"] = "j-cancel", "cancelled"
    expected["data"]["progress"] = "0%"  # cancelled before it ran: it keeps the progress it reached, none
    assert served == expected


@pytest.mark.parametrize(
    ("current", "scale", "written"),
    [
        (40, "auto", 25),
        ("30%", "auto", "25%"),
        ("", "auto", "25%"),
        ("30", "auto", "25"),
        (0.3, "auto", 0.25),
        (0, "fraction", 0.25),
        (30.0, "percent", 25.0),
    ],
)
def test_progress_is_written_the_way_the_shape_writes_it(current, scale, written):
    assert shaped_progress(current, 25, scale) == written
