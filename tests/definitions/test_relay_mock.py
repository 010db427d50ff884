"""MockGateway(relay=...) serves exactly that relay's routes, raw or in a wrapper, and Gateway(relay=...) waits on
every family there. The routes asked and refused are written by hand (relays.md, the hand-written relay file)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.definitions.test_relay_gateway import RELAY
from videotask import Gateway, TaskState
from videotask.testing import MockGateway

FAMILIES = ("seedance", "vidu", "minimax", "kling", "runway", "luma")  # what RELAY serves
# each family's own (default) query route, which the relay does not serve
DEFAULT_ROUTES = {
    "seedance": "/volc/v1/contents/generations/tasks/t1",
    "vidu": "/vidu/ent/v2/tasks/t1/creations",
    "minimax": "/minimax/v1/query/video_generation?task_id=t1",
    "kling": "/kling/v1/videos/text2video/t1",  # the same on this relay: served
    "runway": "/runwayml/v1/tasks/t1",  # the same on this relay: served
    "luma": "/luma/generations/t1",
}


@pytest.fixture
def relay_file(tmp_path: Path) -> Path:
    path = tmp_path / "my-relay.yaml"
    path.write_text(RELAY, encoding="utf-8")
    return path


@pytest.mark.parametrize("wrapper", [None, "newapi_envelope"], ids=["raw", "envelope"])
def test_every_family_on_the_relay_waits_to_succeeded_with_a_url(relay_file, wrapper) -> None:
    with MockGateway(relay=relay_file, wrapper=wrapper, running_polls=1) as mock:
        with Gateway(mock.base_url, mock.token, relay=relay_file, validation="strict") as gw:
            for family in FAMILIES:
                task = gw.wait(family, f"{family}-1", poll_interval=0, timeout=10)
                assert task.state is TaskState.SUCCEEDED, (family, task)
                assert (task.video_url or "").startswith(mock.cdn_url), (family, task)
        asked = {seen.path for seen in mock.requests}
    assert "/api/v3/contents/generations/tasks/seedance-1" in asked
    assert "/ent/v2/tasks/vidu-1/creations" in asked
    assert "/minimaxi/v1/query/video_generation" in asked  # the id in the query string
    assert "/minimaxi/v1/files/retrieve" in asked  # minimax's URL through the relay's own result route
    assert "/luma/v1/generations/luma-1" in asked


def test_the_families_default_routes_are_not_served_there(relay_file) -> None:
    with MockGateway(relay=relay_file) as mock:
        headers = {"Authorization": f"Bearer {mock.token}"}
        codes = {family: httpx.get(mock.base_url + path, headers=headers).status_code for family, path in
                 DEFAULT_ROUTES.items()}  # fmt: skip
        wan = httpx.get(mock.base_url + "/alibailian/api/v1/tasks/t1", headers=headers).status_code
    assert codes == {"seedance": 404, "vidu": 404, "minimax": 404, "kling": 200, "runway": 200, "luma": 404}
    assert wan == 404  # a family the relay does not serve


def test_a_wrapped_answer_keeps_the_url_only_in_the_upstream_body(relay_file) -> None:
    with MockGateway(relay=relay_file, wrapper="newapi_envelope", running_polls=0) as mock:
        url, headers = (
            mock.base_url + "/api/v3/contents/generations/tasks/s-9",
            {"Authorization": f"Bearer {mock.token}"},
        )
        words = [httpx.get(url, headers=headers).json()["data"]["status"] for _ in range(2)]
        body = httpx.get(url, headers=headers).json()
    assert words == ["NOT_START", "SUCCESS"]  # new-api's words (model/task.go): queued, then done
    assert (body["data"]["result_url"], body["data"]["fail_reason"]) == ("", "")
    assert body["data"]["data"]["content"]["video_url"].startswith(mock.cdn_url)  # Ark's own place for it


def test_new_apis_jimeng_query_is_a_post_with_the_id_in_the_body() -> None:
    with MockGateway(relay="newapi", wrapper="newapi_envelope", running_polls=0) as mock:
        with Gateway(mock.base_url, mock.token, relay="newapi") as gw:
            task = gw.wait("jimeng", "cgt-1", poll_interval=0, timeout=10)
        headers = {"Authorization": f"Bearer {mock.token}"}
        as_get = httpx.get(mock.base_url + "/jimeng/?Action=CVSync2AsyncGetResult&Version=2022-08-31", headers=headers)
    assert task.state is TaskState.SUCCEEDED
    assert {(s.method, s.path) for s in mock.requests} == {("POST", "/jimeng/"), ("GET", "/jimeng/")}
    assert as_get.status_code == 405


@pytest.mark.parametrize("relay", ["newapi", "yunwu"])
def test_every_family_of_a_shipped_relay_waits_on_the_mock(relay) -> None:
    from videotask._families import relay as load

    with MockGateway(relay=relay, running_polls=0) as mock, Gateway(mock.base_url, mock.token, relay=relay) as gw:
        for family in load(relay).families:
            task = gw.wait(family, f"{family}-2", poll_interval=0, timeout=10)
            assert task.state is TaskState.SUCCEEDED, (relay, family, task)
