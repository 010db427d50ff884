"""A relay file written by hand, used by Gateway for get, wait and create against a server that answers only at
that relay's routes, in the upstreams' raw shapes and in new-api's task envelope with the URL and the failure
text only inside the kept upstream body. Routes, bodies and expected values are written by hand from
shared/reference (relays.md, providers.md); nothing here is read from the product's data files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.definitions.test_wrappers import envelope
from videotask import AsyncGateway, Gateway, TaskState, UnknownFamily

BASE, KEY = "https://relay.example", "sk-test"
KLING = (
    "{text2video: GET /kling/v1/videos/text2video/{task_id}, image2video: GET /kling/v1/videos/image2video/{task_id}}"
)
RELAY = f"""\
relay: my-relay
families:
  seedance:
    query: GET /api/v3/contents/generations/tasks/{{task_id}}
    submit: POST /api/v3/contents/generations/tasks
  vidu:
    query: GET /ent/v2/tasks/{{task_id}}/creations
  minimax:
    query: GET /minimaxi/v1/query/video_generation?task_id={{task_id}}
    submit: POST /minimaxi/v1/video_generation
    result: GET /minimaxi/v1/files/retrieve?file_id={{file_id}}
  kling:
    query: {KLING}
    submit: {{text2video: POST /kling/v1/videos/text2video, image2video: POST /kling/v1/videos/image2video}}
  runway:
    query: GET /runwayml/v1/tasks/{{task_id}}
  luma:
    query: GET /luma/v1/generations/{{task_id}}
    submit: POST /luma/v1/generations
"""

URL = "https://cdn.example/out.mp4"
# family, query path for id "t1", raw succeeded body, raw failed body, failure text
CASES = [
    ("seedance", "/api/v3/contents/generations/tasks/t1",
     {"id": "t1", "status": "succeeded", "content": {"video_url": URL}},
     {"id": "t1", "status": "failed", "error": {"code": "InternalServiceError", "message": "generation failed"}},
     "InternalServiceError: generation failed"),
    ("vidu", "/ent/v2/tasks/t1/creations",
     {"id": "t1", "state": "success", "creations": [{"id": "c", "url": URL}]},
     {"id": "t1", "state": "failed", "err_code": "CreditInsufficient", "creations": []},
     "CreditInsufficient"),
    ("kling", "/kling/v1/videos/text2video/t1",
     {"code": 0, "data": {"task_id": "t1", "task_status": "succeed", "task_result": {"videos": [{"url": URL}]}}},
     {"code": 0, "data": {"task_id": "t1", "task_status": "failed", "task_status_msg": "content rejected"}},
     "content rejected"),
    ("runway", "/runwayml/v1/tasks/t1",
     {"id": "t1", "status": "SUCCEEDED", "output": [URL]},
     {"id": "t1", "status": "FAILED", "failure": "moderation: prompt rejected"},
     "moderation: prompt rejected"),
    ("luma", "/luma/v1/generations/t1",
     {"id": "t1", "state": "completed", "assets": {"video": URL}},
     {"id": "t1", "state": "failed", "failure_reason": "the prompt was flagged"},
     "the prompt was flagged"),
]  # fmt: skip
MINIMAX_DONE = {"task_id": "t1", "status": "Success", "file_id": "f9", "base_resp": {"status_code": 0}}
MINIMAX_FILE = {"file": {"file_id": "f9", "download_url": URL}, "base_resp": {"status_code": 0}}


@pytest.fixture
def relay_file(tmp_path: Path) -> Path:
    path = tmp_path / "my-relay.yaml"
    path.write_text(RELAY, encoding="utf-8")
    return path


def serve(routes: dict[str, Any]) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A relay answering only `routes` (path with query -> body); 404 anywhere else."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        target = request.url.raw_path.decode()
        if target not in routes:
            return httpx.Response(404, json={"error": {"message": "not found"}})
        return httpx.Response(200, json=routes[target])

    return httpx.MockTransport(handler), seen


@pytest.mark.parametrize("wrapped", [False, True], ids=["raw", "envelope"])
@pytest.mark.parametrize(("family", "path", "done", "failed", "text"), CASES, ids=[c[0] for c in CASES])
def test_get_and_wait_read_state_url_and_error_at_the_relays_routes(
    relay_file, wrapped, family, path, done, failed, text
) -> None:
    def shape(body: dict[str, Any], word: str) -> dict[str, Any]:
        return envelope(word, body) if wrapped else body

    transport, seen = serve({path: shape(done, "SUCCESS")})
    with Gateway(BASE, KEY, transport=transport, relay=relay_file, sleep=lambda _: None) as gw:
        task = gw.wait(family, "t1", timeout=5)
    assert (task.state, task.video_url) == (TaskState.SUCCEEDED, URL)
    assert [(r.method, r.url.raw_path.decode()) for r in seen] == [("GET", path)]

    transport, _ = serve({path: shape(failed, "FAILURE")})
    with Gateway(BASE, KEY, transport=transport, relay=relay_file) as gw:
        task = gw.get(family, "t1")
    assert (task.state, task.video_url, task.error) == (TaskState.FAILED, None, text)


@pytest.mark.parametrize("wrapped", [False, True], ids=["raw", "envelope"])
def test_minimaxs_result_call_goes_to_the_relays_own_route(relay_file, wrapped) -> None:
    query = "/minimaxi/v1/query/video_generation?task_id=t1"
    transport, seen = serve({
        query: envelope("SUCCESS", MINIMAX_DONE) if wrapped else MINIMAX_DONE,
        "/minimaxi/v1/files/retrieve?file_id=f9": MINIMAX_FILE,
    })  # fmt: skip
    with Gateway(BASE, KEY, transport=transport, relay=str(relay_file)) as gw:
        task = gw.get("minimax", "t1")
    assert (task.state, task.video_url, task.file_id) == (TaskState.SUCCEEDED, URL, "f9")
    assert [r.url.raw_path.decode() for r in seen] == [query, "/minimaxi/v1/files/retrieve?file_id=f9"]


@pytest.mark.parametrize(
    ("family", "route", "body", "path", "answer", "query"),
    [
        ("seedance", None, {"model": "doubao-seedance-1-0-pro", "content": [{"type": "text", "text": "a boat"}]},
         "/api/v3/contents/generations/tasks", {"id": "cgt-7"}, "/api/v3/contents/generations/tasks/cgt-7"),
        ("kling", "image2video", {"image": "https://img.example/cat.png"}, "/kling/v1/videos/image2video",
         {"code": 0, "data": {"task_id": "k7", "task_status": "submitted"}}, "/kling/v1/videos/image2video/k7"),
        ("minimax", None, {"model": "MiniMax-Hailuo-02", "prompt": "a boat"}, "/minimaxi/v1/video_generation",
         {"task_id": "m7", "base_resp": {"status_code": 0, "status_msg": "success"}},
         "/minimaxi/v1/query/video_generation?task_id=m7"),
        ("luma", None, {"user_prompt": "a boat"}, "/luma/v1/generations", {"id": "l7", "state": "pending"},
         "/luma/v1/generations/l7"),
    ],
)  # fmt: skip
def test_create_posts_to_the_relays_submit_route_and_the_task_keeps_its_query_route(
    relay_file, family, route, body, path, answer, query
) -> None:
    transport, seen = serve({path: answer, query: answer})
    with Gateway(BASE, KEY, transport=transport, relay=relay_file) as gw:
        created = gw.create(family, body, route=route)
        gw.get(family, created.task_id, route=created.route)
    assert [(r.method, r.url.raw_path.decode()) for r in seen] == [("POST", path), ("GET", query)]
    assert json.loads(seen[0].content) == body


def test_a_family_the_relay_does_not_serve_is_refused_before_anything_is_sent(relay_file) -> None:
    transport, seen = serve({})
    with Gateway(BASE, KEY, transport=transport, relay=relay_file) as gw, pytest.raises(UnknownFamily):
        gw.get("wan", "t1")
    assert seen == []


async def test_the_async_gateway_and_a_query_sent_as_a_post(monkeypatch) -> None:
    """new-api's own Jimeng query: a POST with the Action in the query string and the id in a JSON body."""
    monkeypatch.setenv("VIDEOTASK_RELAY", "newapi")
    seen: list[httpx.Request] = []
    upstream = {"code": 10000, "data": {"status": "done", "video_url": URL}}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=envelope("SUCCESS", upstream))

    async with AsyncGateway(BASE, KEY, transport=httpx.MockTransport(handler)) as gw:
        task = await gw.get("jimeng", "cgt-5")
    assert (task.state, task.video_url) == (TaskState.SUCCEEDED, URL)
    assert seen[0].method == "POST"
    assert seen[0].url.raw_path.decode() == "/jimeng/?Action=CVSync2AsyncGetResult&Version=2022-08-31"
    assert json.loads(seen[0].content) == {"task_id": "cgt-5"}
    assert seen[0].headers["content-type"] == "application/json"
