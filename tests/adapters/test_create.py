"""Gateway.create / create_and_wait, sync and async: every answer shape, the body checked before sending, and
no double billing (a POST is sent again only when it provably never arrived, or under an idempotency key).

Status logic goes through httpx.MockTransport; what needs a real socket (a connection dropped after the body
was read, a read timeout, aiohttp's errors) through a server on 127.0.0.1 that counts the POSTs it read."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import yaml

import videotask
from tests.adapters.local_server import LocalServer, free_port, local_server
from tests.adapters.test_gateway import BASE, KEY, script
from tests.conftest import ROOT, load_spec
from videotask import AsyncGateway, Family, Gateway, TaskState
from videotask.definitions import parse_override

# A submit operation for the OpenAI-style family, written from the public facts of POST /v1/videos (OpenAI
# API reference, videos.create: prompt required; model, seconds "4"/"8"/"12", size; input_reference a file
# sent as multipart/form-data), so the query side stays the real family's (its generated client, its table).
_FIELDS = {
    "prompt": {"type": "string", "minLength": 1},
    "model": {"type": "string"},
    "seconds": {"type": "string", "enum": ["4", "8", "12"]},
    "size": {"type": "string"},
}
_JSON_SCHEMA = {"type": "object", "required": ["prompt"], "properties": _FIELDS, "additionalProperties": False}
_MULTIPART_SCHEMA = {
    **_JSON_SCHEMA,
    "properties": {**_FIELDS, "input_reference": {"type": "string", "format": "binary"}},
}
SUBMIT_OP = {
    "operationId": "create_video",
    "tags": ["openai_videos"],
    "requestBody": {
        "content": {
            "application/json": {"schema": _JSON_SCHEMA},
            "multipart/form-data": {"schema": _MULTIPART_SCHEMA},
        }
    },
    "responses": {"200": {"content": {"application/json": {"schema": {"type": "object"}}}}},
}


def make_family(submit: dict[str, Any] | None = None, *, submits: bool = True) -> Family:
    """openai_videos with the `create_video` operation above (JSON and multipart, no extra fields), the
    override's `submit:` key when given; `submits=False`: the family with no submit operation at all."""
    declared = yaml.safe_load((ROOT / "specs" / "overrides" / "openai_videos.yaml").read_text(encoding="utf-8"))
    declared["operations"] = [op for op in declared["operations"] if op["role"] != "submit"]
    if submits:
        declared["operations"].append(
            {"id": "create_video", "role": "submit", "method": "POST", "path": "/v1/videos", "model": "VideoObject"}
        )
    if submit is not None:
        declared["submit"] = submit
    decl, errors = parse_override(declared, "openai_videos")
    assert decl is not None, errors
    spec = copy.deepcopy(load_spec("openai_videos"))
    spec["paths"]["/v1/videos"] = {"post": copy.deepcopy(SUBMIT_OP)}
    return Family(decl, spec, ())


FAMILY = make_family()
BODY = {"prompt": "a paper boat drifting down a rain gutter", "model": "sora-2", "seconds": "4"}
Handler = Callable[[httpx.Request], httpx.Response]


def sync_gw(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> Gateway:
    record = sleeps if sleeps is not None else []
    return Gateway(BASE, KEY, transport=httpx.MockTransport(handler), sleep=record.append, **kwargs)


def async_gw(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> AsyncGateway:
    record = sleeps if sleeps is not None else []

    async def sleep(seconds: float) -> None:
        record.append(seconds)

    return AsyncGateway(BASE, KEY, transport=httpx.MockTransport(handler), sleep=sleep, **kwargs)


# (answer, task id, state, raw status): each shape as the public definitions describe it, values invented
SHAPES = [
    pytest.param({"task_id": "tk-101", "status": "queued"}, "tk-101", TaskState.QUEUED, "queued", id="task_id"),
    pytest.param(
        {"id": "video_7f3a", "status": "in_progress"}, "video_7f3a", TaskState.RUNNING, "in_progress", id="id"
    ),
    pytest.param(  # Kling: code 0, data.task_id, data.task_status (Kling API reference, task creation response)
        {"code": 0, "message": "SUCCEED", "request_id": "req-55",
         "data": {"task_id": "8801234", "task_status": "submitted"}},
        "8801234", TaskState.QUEUED, "submitted", id="kling",
    ),
    pytest.param(  # new-api's task submit answer: code "success", data the task id (new-api dto TaskResponse)
        {"code": "success", "message": "", "data": "task_Qz81LmN0"}, "task_Qz81LmN0", TaskState.QUEUED, None,
        id="new-api",
    ),
    pytest.param(  # MiniMax video_generation: task_id and base_resp {status_code, status_msg}
        {"task_id": "106916112212032", "base_resp": {"status_code": 0, "status_msg": "success"}},
        "106916112212032", TaskState.QUEUED, None, id="minimax",
    ),
    pytest.param(  # DashScope async task: output.task_id, output.task_status PENDING
        {"request_id": "5c1e-aa",
         "output": {"task_id": "0385dc79-5ff8-4d82-bcb6-1a6b2c7b9f01", "task_status": "PENDING"}},
        "0385dc79-5ff8-4d82-bcb6-1a6b2c7b9f01", TaskState.QUEUED, "PENDING", id="dashscope",
    ),
    pytest.param(  # the unified/OpenAI video object
        {"id": "video_68d2", "object": "video", "model": "sora-2", "status": "queued", "progress": 0,
         "created_at": 1767312000, "seconds": "4", "size": "720x1280"},
        "video_68d2", TaskState.QUEUED, "queued", id="unified",
    ),
    pytest.param({"task_id": 5507781, "status": "warming_up"}, "5507781", TaskState.UNKNOWN, "warming_up", id="odd"),
]  # fmt: skip


@pytest.mark.parametrize(("answer", "task_id", "state", "raw_status"), SHAPES)
def test_create_reads_every_answer_shape(answer: Any, task_id: str, state: TaskState, raw_status: str | None) -> None:
    handler, seen = script(httpx.Response(200, json=answer))
    with sync_gw(handler) as gw:
        task = gw.create(FAMILY, BODY)
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", "/v1/videos")
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == BODY
    assert (task.family, task.task_id, task.state, task.raw_status) == ("openai_videos", task_id, state, raw_status)
    assert task.raw == answer
    assert task.route is None


@pytest.mark.parametrize(("answer", "task_id", "state", "raw_status"), SHAPES)
async def test_async_create_reads_every_answer_shape(
    answer: Any, task_id: str, state: TaskState, raw_status: str | None
) -> None:
    handler, seen = script(httpx.Response(200, json=answer))
    async with async_gw(handler) as gw:
        task = await gw.create(FAMILY, BODY)
    assert len(seen) == 1
    assert (task.task_id, task.state, task.raw_status) == (task_id, state, raw_status)


def test_a_declared_task_id_path_wins_over_the_general_places() -> None:
    fam = make_family({"task_id": "result.handle"})
    handler, _ = script(httpx.Response(200, json={"id": "req-9", "result": {"handle": "h-42"}}))
    with sync_gw(handler) as gw:
        assert gw.create(fam, BODY).task_id == "h-42"


@pytest.mark.parametrize(
    "answer", [{"code": 1201, "message": "model is busy"}, {"code": "success", "data": None}, {"data": {"x": 1}}]
)
def test_an_answer_naming_no_task_id_is_invalid_response_keeping_the_body(answer: Any) -> None:
    handler, seen = script(httpx.Response(200, json=answer))
    with sync_gw(handler) as gw, pytest.raises(videotask.InvalidResponse) as caught:
        gw.create(FAMILY, BODY)
    assert json.loads(caught.value.body or b"") == answer
    assert len(seen) == 1  # not sent again: a 2xx may have created a task


def test_a_generated_model_body_is_sent_as_its_dict() -> None:
    class Model:  # anything with to_dict(), as the generated request models have
        def to_dict(self) -> dict[str, Any]:
            return {"prompt": "fog rolling over a harbour", "size": "1280x720"}

    handler, seen = script(httpx.Response(200, json={"id": "video_1", "status": "queued"}))
    with sync_gw(handler) as gw:
        gw.create(FAMILY, Model())
    assert json.loads(seen[0].content) == {"prompt": "fog rolling over a harbour", "size": "1280x720"}


def test_a_bad_body_lists_every_violation_and_sends_nothing() -> None:
    handler, seen = script(httpx.Response(200, json={"id": "video_1"}))
    bad = {"prompt": "", "seconds": "5", "colour": "red"}
    with sync_gw(handler) as gw, pytest.raises(videotask.InvalidRequest) as caught:
        gw.create(FAMILY, bad)
    assert seen == []
    assert sorted(v.path for v in caught.value.violations) == ["$", "$.prompt", "$.seconds"]
    assert isinstance(caught.value, ValueError)
    with sync_gw(handler) as gw, pytest.raises(videotask.InvalidRequest) as caught:
        gw.create(FAMILY, {"model": "sora-2"})
    assert [v.path for v in caught.value.violations] == ["$"]
    assert "prompt" in caught.value.violations[0].message
    assert seen == []


async def test_async_bad_body_sends_nothing() -> None:
    handler, seen = script(httpx.Response(200, json={"id": "video_1"}))
    async with async_gw(handler) as gw:
        with pytest.raises(videotask.InvalidRequest):
            await gw.create(FAMILY, {"prompt": "x", "seconds": 4})
    assert seen == []


def test_a_file_goes_as_multipart_bytes_or_path(tmp_path: Any) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(40))
    jpeg = b"\xff\xd8\xff\xe0" + b"\x01" * 30
    (tmp_path / "first frame.jpg").write_bytes(jpeg)
    handler, seen = script(httpx.Response(200, json={"id": "video_2", "status": "queued"}))
    with sync_gw(handler) as gw:
        gw.create(FAMILY, {"prompt": "the same shot, at dusk", "input_reference": png})
        gw.create(FAMILY, {"prompt": "the same shot, at dusk", "input_reference": tmp_path / "first frame.jpg"})
    for request, (filename, media, data) in zip(
        seen, [("input_reference.png", "image/png", png), ("first frame.jpg", "image/jpeg", jpeg)], strict=True
    ):
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        content = request.content
        assert b'Content-Disposition: form-data; name="prompt"\r\n\r\nthe same shot, at dusk\r\n' in content
        part = f'name="input_reference"; filename="{filename}"\r\nContent-Type: {media}\r\n\r\n'.encode()
        assert part + data + b"\r\n" in content


def test_a_file_on_a_json_only_route_is_refused_before_sending() -> None:
    fam = make_family()
    del fam.submits[0].spec["requestBody"]["content"]["multipart/form-data"]
    handler, seen = script(httpx.Response(200, json={"id": "video_1"}))
    with sync_gw(handler) as gw, pytest.raises(videotask.InvalidRequest) as caught:
        gw.create(fam, {"prompt": "x", "input_reference": b"\x89PNG"})
    assert [v.path for v in caught.value.violations] == ["$.input_reference", "$"]  # and: not a JSON field
    assert seen == []


def created() -> httpx.Response:
    return httpx.Response(200, json={"id": "video_9", "status": "queued"})


# faults the POST provably never survived: sent again, one task in the end
RETRIED = [
    pytest.param(lambda: httpx.ConnectError("connection refused"), [None], id="connect-refused"),
    pytest.param(lambda: httpx.ConnectTimeout("connect timed out"), [None], id="connect-timeout"),
    pytest.param(lambda: httpx.Response(429, headers={"Retry-After": "2"}, json={}), [2.0], id="429-retry-after"),
    pytest.param(lambda: httpx.Response(503, text="overloaded"), [None], id="503"),
]
# faults after which the POST may have arrived: never sent again
UNCERTAIN = [
    pytest.param(lambda: httpx.Response(500, text="upstream exploded"), videotask.ServerError, id="500"),
    pytest.param(lambda: httpx.Response(502, text="<html>bad gateway</html>"), videotask.ServerError, id="502"),
    pytest.param(lambda: httpx.ReadTimeout("read timed out"), videotask.TimeoutError, id="read-timeout"),
    pytest.param(lambda: httpx.RemoteProtocolError("server disconnected"), videotask.TransportError, id="dropped"),
]
# answers that say no: raised as their typed error, never sent again
REFUSED = [
    pytest.param(lambda: httpx.Response(429, json={}), videotask.RateLimitError, id="429-no-retry-after"),
    pytest.param(
        lambda: httpx.Response(400, json={"error": {"message": "bad size"}}), videotask.APIStatusError, id="400"
    ),
    pytest.param(lambda: httpx.Response(401, json={}), videotask.AuthenticationError, id="401"),
]


@pytest.mark.parametrize(("fault", "sleeps"), RETRIED)
def test_a_post_that_never_arrived_is_sent_again(fault: Any, sleeps: list[float | None]) -> None:
    handler, seen = script(fault, created)
    slept: list[float] = []
    with sync_gw(handler, slept) as gw:
        task = gw.create(FAMILY, BODY)
    assert task.task_id == "video_9"
    assert len(seen) == 2
    assert seen[0].content == seen[1].content
    assert len(slept) == 1
    assert sleeps[0] is None or slept[0] == sleeps[0]


@pytest.mark.parametrize(("fault", "sleeps"), RETRIED)
async def test_async_a_post_that_never_arrived_is_sent_again(fault: Any, sleeps: list[float | None]) -> None:
    handler, seen = script(fault, created)
    async with async_gw(handler) as gw:
        assert (await gw.create(FAMILY, BODY)).task_id == "video_9"
    assert len(seen) == 2


@pytest.mark.parametrize(("fault", "cause"), UNCERTAIN)
def test_a_post_that_may_have_arrived_is_never_sent_again(fault: Any, cause: type[Exception]) -> None:
    handler, seen = script(fault, created)
    with sync_gw(handler) as gw, pytest.raises(videotask.SubmitUncertain) as caught:
        gw.create(FAMILY, BODY)
    assert len(seen) == 1
    error = caught.value
    assert isinstance(error.cause, cause)
    assert error.__cause__ is error.cause
    assert (error.request.method, error.request.url) == ("POST", f"{BASE}/v1/videos")
    assert json.loads(error.request.content) == BODY
    assert error.request.headers["Content-Type"] == "application/json"
    assert all(name.lower() != "authorization" for name in error.request.headers)
    assert KEY not in str(error)
    assert KEY not in repr(error.request)


@pytest.mark.parametrize(("fault", "cause"), UNCERTAIN)
async def test_async_a_post_that_may_have_arrived_is_never_sent_again(fault: Any, cause: type[Exception]) -> None:
    handler, seen = script(fault, created)
    async with async_gw(handler) as gw:
        with pytest.raises(videotask.SubmitUncertain) as caught:
            await gw.create(FAMILY, BODY)
    assert len(seen) == 1
    assert isinstance(caught.value.cause, cause)


@pytest.mark.parametrize(("fault", "error"), REFUSED)
def test_a_refusal_is_its_typed_error_and_not_sent_again(fault: Any, error: type[Exception]) -> None:
    handler, seen = script(fault, created)
    with sync_gw(handler) as gw, pytest.raises(error) as caught:
        gw.create(FAMILY, BODY)
    assert not isinstance(caught.value, videotask.SubmitUncertain)
    assert len(seen) == 1


def test_unsent_faults_stop_after_max_retries_with_the_fault_itself() -> None:
    handler, seen = script(lambda: httpx.ConnectError("refused"))
    with sync_gw(handler, max_retries=2) as gw, pytest.raises(videotask.TransportError) as caught:
        gw.create(FAMILY, BODY)
    assert len(seen) == 3
    assert caught.value.unsent
    assert not isinstance(caught.value, videotask.SubmitUncertain)


IDEMPOTENT = {"idempotency_header": "Idempotency-Key"}


def test_an_idempotency_key_makes_retries_safe_and_repeats_the_same_key() -> None:
    fam = make_family(IDEMPOTENT)
    handler, seen = script(
        httpx.Response(500, text="hiccup"), lambda: httpx.ReadTimeout("slow"), created,
        httpx.Response(200, json={"id": "video_10", "status": "queued"}),
    )  # fmt: skip
    with sync_gw(handler) as gw:
        assert gw.create(fam, BODY).task_id == "video_9"
        assert gw.create(fam, BODY).task_id == "video_10"
    keys = [request.headers.get("idempotency-key") for request in seen]
    assert len(keys) == 4
    assert keys[0]
    assert keys[0] == keys[1] == keys[2]  # one create: one key on every attempt
    assert keys[3] != keys[0]  # a fresh key per create


async def test_async_idempotency_key_exhausted_is_uncertain_and_carries_the_key() -> None:
    fam = make_family(IDEMPOTENT)
    handler, seen = script(lambda: httpx.ReadTimeout("slow"))
    async with async_gw(handler, max_retries=2) as gw:
        with pytest.raises(videotask.SubmitUncertain) as caught:
            await gw.create(fam, BODY)
    assert len(seen) == 3
    assert {r.headers["idempotency-key"] for r in seen} == {caught.value.request.headers["Idempotency-Key"]}


def test_unknown_submit_route_and_family_without_submits() -> None:
    handler, seen = script(created)
    with sync_gw(handler) as gw:
        with pytest.raises(videotask.UnknownRoute):
            gw.create(FAMILY, BODY, route="image2video")
        with pytest.raises(videotask.UnknownRoute):
            gw.create(make_family(submits=False), BODY)
    assert seen == []


def test_create_and_wait_polls_the_created_task_to_the_end() -> None:
    answers = [
        created,
        httpx.Response(200, json={"id": "video_9", "status": "in_progress", "progress": 40}),
        httpx.Response(200, json={"id": "video_9", "status": "completed", "progress": 100}),
    ]
    handler, seen = script(*answers)
    progress: list[tuple[TaskState, float | None]] = []
    with sync_gw(handler) as gw:
        task = gw.create_and_wait(FAMILY, BODY, on_progress=lambda t: progress.append((t.state, t.progress)))
    assert [(r.method, r.url.path) for r in seen] == [
        ("POST", "/v1/videos"), ("GET", "/v1/videos/video_9"), ("GET", "/v1/videos/video_9"),
    ]  # fmt: skip
    assert progress == [(TaskState.QUEUED, None), (TaskState.RUNNING, 0.4), (TaskState.SUCCEEDED, 1.0)]
    assert task.state is TaskState.SUCCEEDED
    assert task.video_url == f"{BASE}/v1/videos/video_9/content"  # the family's content URL


async def test_async_create_and_wait() -> None:
    handler, _ = script(created, httpx.Response(200, json={"id": "video_9", "status": "failed", "error": "nsfw"}))
    async with async_gw(handler) as gw:
        task = await gw.create_and_wait(FAMILY, BODY)
    assert (task.state, task.error) == (TaskState.FAILED, "nsfw")


def test_create_and_wait_has_one_deadline_for_create_and_wait() -> None:
    now = [0.0]
    handler, seen = script(
        lambda: httpx.Response(503, text="busy"),
        created,
        httpx.Response(200, json={"id": "video_9", "status": "queued"}),
    )

    def sleep(seconds: float) -> None:
        now[0] += seconds

    gw = Gateway(BASE, KEY, transport=httpx.MockTransport(handler), sleep=sleep, clock=lambda: now[0])
    with gw, pytest.raises(videotask.WaitTimeout) as caught:
        gw.create_and_wait(FAMILY, BODY, timeout=10, poll_interval=3)
    assert caught.value.task is not None
    assert caught.value.task.task_id == "video_9"
    assert 10.0 <= now[0] <= 10.5  # the 503's backoff (<= 0.5 s) counted against the same 10 s
    assert sum(r.method == "POST" for r in seen) == 2


# --- real sockets: the server counts what it read ------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "cause"),
    [
        (("json", 500, {"error": {"message": "upstream failed"}}), videotask.ServerError),
        (("drop",), videotask.TransportError),
        (("hang",), videotask.TimeoutError),
    ],
    ids=["500-after-reading", "dropped-after-reading", "read-timeout"],
)
def test_over_a_socket_one_post_reaches_the_server(action: Any, cause: type[Exception]) -> None:
    with local_server() as server:
        server.post_script = [action]
        gw = Gateway(server.url, KEY, timeout=httpx.Timeout(0.25, connect=2.0), sleep=lambda _: None)
        with gw, pytest.raises(videotask.SubmitUncertain) as caught:
            gw.create(FAMILY, BODY)
        assert len(server.posts) == 1
    assert isinstance(caught.value.cause, cause)
    assert json.loads(server.posts[0][2]) == BODY


@pytest.mark.parametrize(
    ("action", "cause"),
    [
        (("json", 500, {"error": {"message": "upstream failed"}}), videotask.ServerError),
        (("drop",), videotask.TransportError),
        (("hang",), videotask.TimeoutError),
    ],
    ids=["500-after-reading", "dropped-after-reading", "read-timeout"],
)
async def test_aiohttp_one_post_reaches_the_server(action: Any, cause: type[Exception]) -> None:
    async def no_sleep(_: float) -> None:
        pass

    with local_server() as server:
        server.post_script = [action]
        async with AsyncGateway(server.url, KEY, timeout=httpx.Timeout(0.25, connect=2.0), sleep=no_sleep) as gw:
            with pytest.raises(videotask.SubmitUncertain) as caught:
                await gw.create(FAMILY, BODY)
        assert len(server.posts) == 1
    assert isinstance(caught.value.cause, cause)
    assert server.posts[0][1]["authorization"] == f"Bearer {KEY}"


def test_over_a_socket_a_refused_connection_is_retried_and_one_task_made() -> None:
    port = free_port()
    servers = []

    def sleep(_: float) -> None:  # the server comes up while the client backs off: no race, no real wait
        if not servers:
            servers.append(LocalServer(port))

    with Gateway(f"http://127.0.0.1:{port}", KEY, sleep=sleep) as gw:
        try:
            task = gw.create(FAMILY, BODY)
        finally:
            for server in servers:
                server.close()
    assert task.task_id == "video_local_1"
    assert len(servers[0].posts) == 1


async def test_aiohttp_refused_then_503_then_created_one_post_each_time() -> None:
    port = free_port()
    servers = []

    async def sleep(_: float) -> None:
        if not servers:
            server = LocalServer(port)
            server.post_script = [("json", 503, {"error": "busy"}), ("json", 200, {"task_id": "t-77"})]
            servers.append(server)

    try:
        async with AsyncGateway(f"http://127.0.0.1:{port}", KEY, sleep=sleep) as gw:
            task = await gw.create(FAMILY, BODY)
    finally:
        for server in servers:
            server.close()
    assert task.task_id == "t-77"
    assert len(servers[0].posts) == 2  # the 503 one (refused before work) and the one that created the task


async def test_aiohttp_refused_connection_is_marked_unsent() -> None:
    async def no_sleep(_: float) -> None:
        pass

    async with AsyncGateway(f"http://127.0.0.1:{free_port()}", KEY, sleep=no_sleep, max_retries=1) as gw:
        with pytest.raises(videotask.TransportError) as caught:
            await gw.create(FAMILY, BODY)
    assert caught.value.unsent


# --- every real family ---------------------------------------------------------------------------------------
# (family, route, body, submit path, answer in the family's submit shape, task id, state, query path): bodies and
# answers written by hand from each family's public submit facts (required fields; answer shapes: new-api's task
# submit answer for jimeng, Kling's {code, data}, the OpenAI video object, Runway's and Seedance's {id}, Vidu's
# {task_id, state}); ids invented.
REAL = [
    ("jimeng", None, {"prompt": "a lighthouse at dusk"}, "/jimeng/submit/videos",
     {"code": "success", "message": "", "data": "task_J1mQ0"}, "task_J1mQ0", TaskState.QUEUED,
     "/jimeng/fetch/task_J1mQ0"),
    ("kling", None, {"prompt": "a fox in fresh snow"}, "/kling/v1/videos/text2video",
     {"code": 0, "message": "SUCCEED", "request_id": "r-1", "data": {"task_id": "870001", "task_status": "submitted"}},
     "870001", TaskState.QUEUED, "/kling/v1/videos/text2video/870001"),
    ("kling", "image2video", {"image": "https://img.example/first.png"}, "/kling/v1/videos/image2video",
     {"code": 0, "message": "SUCCEED", "request_id": "r-2", "data": {"task_id": "870002", "task_status": "submitted"}},
     "870002", TaskState.QUEUED, "/kling/v1/videos/image2video/870002"),
    ("openai_videos", None, {"prompt": "a paper boat", "model": "sora-2"}, "/v1/videos",
     {"id": "video_0a1b", "object": "video", "model": "sora-2", "status": "queued", "progress": 0},
     "video_0a1b", TaskState.QUEUED, "/v1/videos/video_0a1b"),
    ("runway", None, {"promptImage": "https://img.example/a.png"}, "/runwayml/v1/image_to_video",
     {"id": "5f0c2d4e-1111-4a2b-9c3d-000000000001"}, "5f0c2d4e-1111-4a2b-9c3d-000000000001", TaskState.QUEUED,
     "/runwayml/v1/tasks/5f0c2d4e-1111-4a2b-9c3d-000000000001"),
    ("seedance", None, {"model": "doubao-seedance-1-0-pro-250528", "content": [{"type": "text", "text": "a kite"}]},
     "/volc/v1/contents/generations/tasks", {"id": "cgt-20260401000000-abcde"}, "cgt-20260401000000-abcde",
     TaskState.QUEUED, "/volc/v1/contents/generations/tasks/cgt-20260401000000-abcde"),
    ("video_generations", None, {"prompt": "rain on a tin roof"}, "/v1/video/generations",
     {"task_id": "task_Vg7", "status": "queued"}, "task_Vg7", TaskState.QUEUED, "/v1/video/generations/task_Vg7"),
    ("vidu", None, {"model": "viduq2", "prompt": "a red kite"}, "/vidu/ent/v2/text2video",
     {"task_id": "812300", "state": "created", "model": "viduq2"}, "812300", TaskState.QUEUED,
     "/vidu/ent/v2/tasks/812300/creations"),
    ("vidu", "img2video", {"model": "viduq1", "images": ["https://img.example/cup.png"]}, "/vidu/ent/v2/img2video",
     {"task_id": "812301", "state": "processing"}, "812301", TaskState.RUNNING, "/vidu/ent/v2/tasks/812301/creations"),
    ("vidu_native", None, {"model": "grok-video-3", "prompt": "a glass of water"}, "/vidu-native/video/generations",
     {"id": "grok:0c4e-93b1", "status": "pending"}, "grok:0c4e-93b1", TaskState.QUEUED,
     "/vidu-native/video/generations/grok:0c4e-93b1"),
    # the relay's Luma object (state pending, video null until done)
    ("luma", None, {"user_prompt": "a paper lantern drifting up"}, "/luma/generations",
     {"id": "9d1f6e2a-0c3b-4f7e-8a51-2b7c9e0d4f13", "prompt": "a paper lantern drifting up", "state": "pending",
      "created_at": "2026-04-01T08:00:00.000000Z", "video": None}, "9d1f6e2a-0c3b-4f7e-8a51-2b7c9e0d4f13",
     TaskState.QUEUED, "/luma/generations/9d1f6e2a-0c3b-4f7e-8a51-2b7c9e0d4f13"),
    # MiniMax: {task_id, base_resp}, no status word (a fresh submit is queued); the id goes in the query string
    ("minimax", None, {"model": "MiniMax-Hailuo-02", "prompt": "waves against a pier"}, "/minimax/v1/video_generation",
     {"task_id": "106916112212033", "base_resp": {"status_code": 0, "status_msg": "success"}}, "106916112212033",
     TaskState.QUEUED, "/minimax/v1/query/video_generation"),
    # DashScope: {output: {task_id, task_status: PENDING}, request_id}
    ("wan", None, {"model": "wan2.2-t2v-plus", "input": {"prompt": "a cat under a street lamp"}},
     "/alibailian/api/v1/services/aigc/video-generation/video-synthesis",
     {"output": {"task_id": "0385dc79-5ff8-4d82-bcb6-000000000001", "task_status": "PENDING"},
      "request_id": "4909100c-7b5a-9f92-bfe5-000000000001"}, "0385dc79-5ff8-4d82-bcb6-000000000001",
     TaskState.QUEUED, "/alibailian/api/v1/tasks/0385dc79-5ff8-4d82-bcb6-000000000001"),
    # the relays' unified route: {id, status: pending, status_update_time (ms)}; the id goes in the query string
    ("video_query", None, {"model": "veo3-fast", "prompt": "a snowy ridge at dawn"}, "/v1/video/create",
     {"id": "veo3-fast:1767000000-aB3dE5fG7h", "status": "pending", "status_update_time": 1767000000123},
     "veo3-fast:1767000000-aB3dE5fG7h", TaskState.QUEUED, "/v1/video/query"),
]  # fmt: skip
REAL_IDS = [f"{row[0]}-{row[1] or 'default'}" for row in REAL]


def test_every_family_with_a_submit_is_in_the_table() -> None:
    assert {row[0] for row in REAL} == {name for name in videotask.families() if videotask.family(name).submits}


@pytest.mark.parametrize(("family", "route", "body", "path", "answer", "task_id", "state", "query"), REAL, ids=REAL_IDS)
def test_create_and_wait_on_every_real_family(
    family: str, route: str | None, body: Any, path: str, answer: Any, task_id: str, state: TaskState, query: str
) -> None:
    fam = videotask.family(family)
    created_task = fam.query(route if any(q.route == route for q in fam.queries) else None)
    done = next(s for s in fam.shapes if s.state is TaskState.SUCCEEDED and s.operation == created_task.id)
    answers = [httpx.Response(200, json=answer), httpx.Response(200, json=done.body)]
    if fam.result is not None:  # a success whose URL needs the second call (minimax's file)
        file = next(s for s in fam.shapes if s.operation == fam.result.id)
        answers.append(httpx.Response(200, json=file.body))
    handler, seen = script(*answers)
    with sync_gw(handler, validation="strict") as gw:
        task = gw.create(family, body, route=route)
        assert (task.task_id, task.state) == (task_id, state)
        final = gw.wait(family, task.task_id, route=task.route)
    assert (seen[0].method, seen[0].url.path) == ("POST", path)
    assert json.loads(seen[0].content) == body
    for header, value in fam.submit(route).headers.items():  # wan: X-DashScope-Async, or DashScope refuses
        assert seen[0].headers[header] == value
    assert (seen[1].method, seen[1].url.raw_path.decode().split("?")[0]) == ("GET", query.replace(":", "%3A"))
    assert final.state is TaskState.SUCCEEDED


@pytest.mark.parametrize(("family", "route", "body", "path", "answer", "task_id", "state", "query"), REAL, ids=REAL_IDS)
async def test_async_create_and_bad_bodies_on_every_real_family(
    family: str, route: str | None, body: Any, path: str, answer: Any, task_id: str, state: TaskState, query: str
) -> None:
    handler, seen = script(httpx.Response(200, json=answer))
    async with async_gw(handler) as gw:
        assert (await gw.create(family, body, route=route)).task_id == task_id
        with pytest.raises(videotask.InvalidRequest) as caught:
            await gw.create(family, {}, route=route)  # every submit requires something
    assert len(seen) == 1
    assert any("required" in v.message for v in caught.value.violations)
