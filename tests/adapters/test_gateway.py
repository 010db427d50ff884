"""Gateway and AsyncGateway through httpx.MockTransport: requests, typed errors, retries, secrets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import videotask
from tests.conftest import FAMILIES, spec_examples
from videotask import AsyncGateway, Gateway, TaskState

KEY = "sk-secret-KEY-4f1d2a"
BASE = "https://relay.test"
Handler = Callable[[httpx.Request], httpx.Response]


def first_example(family: str) -> Any:
    return next(value for status, _, value in spec_examples(family) if status == "200")


Answer = httpx.Response | Exception | Callable[[], httpx.Response | Exception]


def script(*responses: Answer) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering with `responses` in turn (the last one repeats); callables make a fresh answer."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = responses[min(len(seen) - 1, len(responses) - 1)]
        if callable(answer):
            answer = answer()
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, seen


def sync_gateway(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> Gateway:
    record = sleeps if sleeps is not None else []
    return Gateway(BASE, KEY, transport=httpx.MockTransport(handler), sleep=record.append, **kwargs)


def async_gateway(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> AsyncGateway:
    record = sleeps if sleeps is not None else []

    async def sleep(seconds: float) -> None:
        record.append(seconds)

    return AsyncGateway(BASE, KEY, transport=httpx.MockTransport(handler), sleep=sleep, **kwargs)


# What one `get` of task "task-1" sends and what it reads, per family, written by hand from the public facts in
# ../shared/reference/providers.md (the section of each family: its QUERY route, its query body and its status
# vocabulary): (path, query string, a body of that family's shape, the state, progress and URL it means).
# The bodies are ours, made of the documented fields; none is a copy of a provider's example.
URL = "https://cdn.example/task-1.mp4"
READS: dict[str, tuple[str, dict[str, str], dict[str, Any], TaskState, float | None, str | None]] = {
    "jimeng": (  # 1 + 0: the new-api envelope, uppercase status, progress a string with %
        "/jimeng/fetch/task-1", {},
        {"code": "success", "message": "", "data": {"task_id": "task-1", "status": "IN_PROGRESS", "progress": "50%",
                                                  "submit_time": 1767000000, "finish_time": 0}},
        TaskState.RUNNING, 0.5, None,
    ),
    "openai_videos": (  # 2: the OpenAI video object, progress an integer 0-100
        "/v1/videos/task-1", {},
        {"id": "task-1", "object": "video", "status": "in_progress", "progress": 45, "created_at": 1767000000},
        TaskState.RUNNING, 0.45, None,
    ),
    "vidu_native": (  # 3: the relay object of 12
        "/vidu-native/video/generations/task-1", {},
        {"id": "task-1", "status": "pending", "video_url": None, "status_update_time": 1767000000},
        TaskState.QUEUED, None, None,
    ),
    "video_generations": (  # 4: what new-api really answers there is the envelope of 0
        "/v1/video/generations/task-1", {},
        {"code": "success", "message": "", "data": {"task_id": "task-1", "status": "FAILURE", "progress": "100%",
                                                  "fail_reason": "upstream refused the prompt"}},
        TaskState.FAILED, 1.0, None,
    ),
    "kling": (  # 5: the native body, integer code 0, `succeed` spelt so, ms timestamps; text2video by default
        "/kling/v1/videos/text2video/task-1", {},
        {"code": 0, "message": "SUCCEED", "request_id": "r-1",
         "data": {"task_id": "task-1", "task_status": "succeed", "task_status_msg": "",
                  "task_result": {"videos": [{"id": "v-1", "url": URL, "duration": "5.1"}]},
                  "created_at": 1767000000000, "updated_at": 1767000060000}},
        TaskState.SUCCEEDED, 1.0, URL,  # a succeeded task is done: our VideoTask says progress 1.0
    ),
    "vidu": (  # 6: `state`, the failure code in err_code, no progress
        "/vidu/ent/v2/tasks/task-1/creations", {},
        {"id": "task-1", "state": "failed", "err_code": "CreationPolicyViolation", "creations": []},
        TaskState.FAILED, None, None,
    ),
    "seedance": (  # 7: Ark's task object
        "/volc/v1/contents/generations/tasks/task-1", {},
        {"id": "task-1", "model": "doubao-seedance-1-0-pro", "status": "running", "error": None,
         "created_at": 1767000000, "updated_at": 1767000010},
        TaskState.RUNNING, None, None,
    ),
    "runway": (  # 8: the native task, uppercase status, progress already a 0-1 fraction
        "/runwayml/v1/tasks/task-1", {},
        {"id": "task-1", "status": "RUNNING", "createdAt": "2026-01-01T00:00:00Z", "progress": 0.25},
        TaskState.RUNNING, 0.25, None,
    ),
    "luma": (  # 9: the relay's generation, `state`
        "/luma/generations/task-1", {},
        {"id": "task-1", "prompt": "a boat", "state": "completed", "created_at": "2026-01-01T00:00:00.000000Z",
         "video": {"url": URL, "download_url": ""}},
        TaskState.SUCCEEDED, 1.0, URL,
    ),
    "minimax": (  # 10: the task id in the query string, capitalised status
        "/minimax/v1/query/video_generation", {"task_id": "task-1"},
        {"task_id": "task-1", "status": "Processing", "file_id": "", "base_resp": {"status_code": 0,
                                                                                   "status_msg": "success"}},
        TaskState.RUNNING, None, None,
    ),
    "wan": (  # 11: DashScope's task, output.task_status, CANCELED with one L
        "/alibailian/api/v1/tasks/task-1", {},
        {"request_id": "r-1", "output": {"task_id": "task-1", "task_status": "CANCELED"}},
        TaskState.CANCELLED, None, None,
    ),
    "video_query": (  # 12: the task id in the query string as `id`
        "/v1/video/query", {"id": "task-1"},
        {"id": "task-1", "status": "processing", "video_url": None, "status_update_time": 1767000000000},
        TaskState.RUNNING, None, None,
    ),
}  # fmt: skip


def test_every_family_has_its_reads_written_down() -> None:
    assert sorted(READS) == sorted(FAMILIES)


def check_sent_and_read(family: str, seen: list[httpx.Request], task: videotask.VideoTask) -> None:
    path, query, _, state, progress, url = READS[family]
    assert len(seen) == 1
    request = seen[0]
    assert (request.method, request.url.scheme, request.url.host) == ("GET", "https", "relay.test")
    assert (request.url.path, dict(request.url.params)) == (path, query)
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.content == b""  # a read sends no body
    assert (task.family, task.task_id, task.state, task.progress, task.video_url) == (
        family, "task-1", state, progress, url
    )  # fmt: skip


@pytest.mark.parametrize("family", FAMILIES)
def test_get_sends_the_family_route_and_reads_its_state(family: str) -> None:
    handler, seen = script(httpx.Response(200, json=READS[family][2]))
    with sync_gateway(handler) as gw:
        task = gw.get(family, "task-1")
    check_sent_and_read(family, seen, task)


@pytest.mark.parametrize("family", FAMILIES)
async def test_async_get_sends_the_family_route_and_reads_its_state(family: str) -> None:
    handler, seen = script(httpx.Response(200, json=READS[family][2]))
    async with async_gateway(handler) as gw:
        task = await gw.get(family, "task-1")
    check_sent_and_read(family, seen, task)


@pytest.mark.parametrize(
    ("word", "state"),
    [  # providers.md 12: a stage word names the step a task is in; only `*_failed` and `error` end it
        ("image_downloading", TaskState.RUNNING),
        ("video_generating", TaskState.RUNNING),
        ("video_generation_completed", TaskState.RUNNING),  # upsampling may follow: not final
        ("video_upsampling", TaskState.RUNNING),
        ("video_generation_failed", TaskState.FAILED),
        ("video_upsampling_failed", TaskState.FAILED),
        ("error", TaskState.FAILED),
    ],
)
def test_video_query_stage_words(word: str, state: TaskState) -> None:
    handler, _ = script(httpx.Response(200, json={"id": "task-1", "status": word, "video_url": None}))
    with sync_gateway(handler) as gw:
        assert gw.get("video_query", "task-1").state is state


def test_wan_reads_its_naive_times_in_utc_plus_8() -> None:
    # providers.md 11: DashScope writes "YYYY-MM-DD HH:mm:ss.SSS" in UTC+8 without an offset
    body = {"output": {"task_id": "task-1", "task_status": "SUCCEEDED", "submit_time": "2026-01-01 08:00:00.000",
                       "end_time": "2026-01-01 08:05:30.500", "video_url": URL}}  # fmt: skip
    handler, _ = script(httpx.Response(200, json=body))
    with sync_gateway(handler) as gw:
        task = gw.get("wan", "task-1")
    assert (task.state, task.video_url) == (TaskState.SUCCEEDED, URL)
    assert task.created_at == datetime(2026, 1, 1, 0, 0, tzinfo=UTC)
    assert task.finished_at == datetime(2026, 1, 1, 0, 5, 30, 500_000, tzinfo=UTC)


FAULTS = [
    (lambda: httpx.Response(401, json={"error": {"message": "bad token"}}), videotask.AuthenticationError, 1),
    (lambda: httpx.Response(403, text="forbidden"), videotask.AuthenticationError, 1),
    (lambda: httpx.Response(404, json={"error": {"message": "task not found"}}), videotask.NotFoundError, 1),
    (
        lambda: httpx.Response(400, json={"code": "task_not_exist", "message": "task_not_exist"}),
        videotask.NotFoundError,
        1,
    ),
    (lambda: httpx.Response(400, json={"error": "bad request"}), videotask.APIStatusError, 1),
    (lambda: httpx.Response(429, headers={"Retry-After": "3"}, json={}), videotask.RateLimitError, 3),
    (lambda: httpx.Response(500, text="boom"), videotask.ServerError, 3),
    (lambda: httpx.Response(502, text="<html>Bad Gateway</html>"), videotask.ServerError, 3),
    (lambda: httpx.Response(520, text=""), videotask.ServerError, 3),
    (lambda: httpx.Response(499, text=""), videotask.ServerError, 3),
    (lambda: httpx.Response(408, text=""), videotask.APIStatusError, 3),
    (lambda: httpx.Response(200, text='{"id": "x", "sta'), videotask.InvalidResponse, 3),
    (lambda: httpx.Response(200, text=""), videotask.InvalidResponse, 3),
    (lambda: httpx.Response(200, json=[1, 2]), videotask.InvalidResponse, 3),
    (lambda: httpx.ConnectError("refused"), videotask.TransportError, 3),
    (lambda: httpx.ReadTimeout("slow"), videotask.TimeoutError, 3),
]


@pytest.mark.parametrize(("answer", "error", "tries"), FAULTS, ids=lambda v: getattr(v, "__name__", None))
def test_faults_give_typed_errors_with_the_body(answer: Any, error: type[Exception], tries: int) -> None:
    handler, seen = script(answer)
    with sync_gateway(handler) as gw, pytest.raises(error) as caught:
        gw.get("openai_videos", "v1")
    assert len(seen) == tries  # GETs retried only where retrying is right (max_retries=2)
    sent = answer()
    if isinstance(sent, httpx.Response):
        assert caught.value.body == sent.content  # type: ignore[attr-defined]
    assert KEY not in str(caught.value)


@pytest.mark.parametrize(("answer", "error", "tries"), FAULTS, ids=lambda v: getattr(v, "__name__", None))
async def test_async_faults_give_typed_errors(answer: Any, error: type[Exception], tries: int) -> None:
    handler, seen = script(answer)
    async with async_gateway(handler) as gw:
        with pytest.raises(error):
            await gw.get("openai_videos", "v1")
    assert len(seen) == tries


def test_timeout_is_also_the_builtin() -> None:
    assert issubclass(videotask.TimeoutError, TimeoutError)
    assert issubclass(videotask.TransportError, ConnectionError)
    assert issubclass(videotask.UnknownFamily, LookupError)


def test_retry_then_success_honours_retry_after() -> None:
    ok = httpx.Response(200, json=first_example("openai_videos"))
    handler, seen = script(httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(503), ok)
    sleeps: list[float] = []
    with sync_gateway(handler, sleeps) as gw:
        task = gw.get("openai_videos", "v1")
    assert task.state is not TaskState.UNKNOWN
    assert len(seen) == 3
    assert sleeps[0] == 7.0
    assert 0.5 <= sleeps[1] <= 1.0  # backoff with jitter, second attempt


def test_retry_after_ms_and_http_date() -> None:
    handler, _ = script(httpx.Response(429, headers={"retry-after-ms": "250"}), httpx.Response(200, json={"id": "v"}))
    sleeps: list[float] = []
    with sync_gateway(handler, sleeps) as gw:
        gw.get("openai_videos", "v1")
    assert sleeps == [0.25]
    handler, _ = script(
        httpx.Response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}), httpx.Response(200, json={})
    )
    sleeps.clear()
    with sync_gateway(handler, sleeps) as gw:
        gw.get("openai_videos", "v1")
    assert sleeps == [0.0]  # a date in the past: retry now


@pytest.mark.parametrize("task_id", ["", ".", "..", "a\x00b", "line\nbreak", "x" * 1025])
def test_bad_task_ids_are_rejected_before_any_request(task_id: str) -> None:
    handler, seen = script(httpx.Response(200, json={}))
    with sync_gateway(handler) as gw, pytest.raises(videotask.InvalidTaskId):
        gw.get("jimeng", task_id)
    assert seen == []


def test_ids_with_route_characters_stay_in_the_route() -> None:
    handler, seen = script(httpx.Response(200, json={"code": "success", "data": {"task_id": "x", "status": "QUEUED"}}))
    with sync_gateway(handler) as gw:
        gw.get("jimeng", "../a/b?c=1#frag %")
    assert seen[0].url.raw_path == b"/jimeng/fetch/..%2Fa%2Fb%3Fc%3D1%23frag%20%25"


def test_strict_validation_raises_warn_logs_once(caplog: pytest.LogCaptureFixture) -> None:
    body = {"id": 5, "status": "queued"}
    handler, _ = script(httpx.Response(200, json=body))
    with sync_gateway(handler, validation="strict") as gw, pytest.raises(videotask.SchemaViolation) as caught:
        gw.get("openai_videos", "v1")
    assert [str(v) for v in caught.value.violations] == ['$.id: 5 is not of type "string"']
    caplog.set_level(logging.WARNING, logger="videotask")
    with sync_gateway(handler, validation="warn") as gw:
        gw.get("openai_videos", "v1")
        gw.get("openai_videos", "v1")
    assert sum("$.id: 5 is not of type" in r.getMessage() for r in caplog.records) == 1
    with sync_gateway(handler, validation="off") as gw:
        assert gw.get("openai_videos", "v1").task_id == "v1"


def test_key_never_in_repr_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    handler, _ = script(httpx.Response(401, text=f"invalid key {KEY}"))
    gw = sync_gateway(handler)
    with pytest.raises(videotask.AuthenticationError) as caught:
        gw.get("jimeng", "t")
    texts = [repr(gw), str(gw), str(caught.value), repr(caught.value), caplog.text, repr(gw._settings)]
    assert all(KEY not in text for text in texts)
    assert "***" in str(caught.value)


def test_environment_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIDEOTASK_BASE_URL", "https://env.test/")
    monkeypatch.setenv("VIDEOTASK_API_KEY", "sk-env-key")
    handler, seen = script(
        httpx.Response(200, json={"id": "v", "status": "queued"}), httpx.Response(403, text="sk-env-key?")
    )
    with Gateway(transport=httpx.MockTransport(handler)) as gw:
        gw.get("openai_videos", "v")
        with pytest.raises(videotask.AuthenticationError) as caught:
            gw.get("openai_videos", "v")
    assert str(seen[0].url) == "https://env.test/v1/videos/v"
    assert seen[0].headers["authorization"] == "Bearer sk-env-key"
    assert "sk-env-key" not in str(caught.value)


def test_missing_base_url_and_bad_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VIDEOTASK_BASE_URL", raising=False)
    with pytest.raises(ValueError, match="no base URL"):
        Gateway()
    with pytest.raises(ValueError, match="validation"):
        Gateway(BASE, validation="loud")
    with pytest.raises(ValueError, match="absolute"):
        Gateway("relay.test")


def test_plain_http_to_a_remote_host_warns(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="videotask")
    Gateway("http://relay.example.com", KEY).close()
    Gateway("http://127.0.0.1:8000", KEY).close()
    assert [r.getMessage() for r in caplog.records] == [
        "videotask: plain-http base URL http://relay.example.com sends the API key unencrypted"
    ]


def test_unknown_family() -> None:
    handler, seen = script(httpx.Response(200, json={}))
    with sync_gateway(handler) as gw, pytest.raises(videotask.UnknownFamily):
        gw.get("no_such_family", "t")
    assert seen == []


def test_minimax_success_resolves_its_file_id_through_the_second_call() -> None:
    # MiniMax (providers.md 10): the query names a file_id; GET /minimax/v1/files/retrieve?file_id= has the URL
    query = {"task_id": "106916112212032", "status": "Success", "file_id": "205258526306433",
             "base_resp": {"status_code": 0, "status_msg": "success"}}  # fmt: skip
    file = {"file": {"file_id": 205258526306433, "bytes": 1024, "created_at": 1767000000, "filename": "v.mp4",
                     "purpose": "video_generation", "download_url": "https://files.example/v.mp4?Expires=1767003600"},
            "base_resp": {"status_code": 0, "status_msg": "success"}}  # fmt: skip
    handler, seen = script(httpx.Response(200, json=query), httpx.Response(200, json=file))
    with sync_gateway(handler) as gw:
        task = gw.get("minimax", "106916112212032")
    assert [(r.url.path, dict(r.url.params)) for r in seen] == [
        ("/minimax/v1/query/video_generation", {"task_id": "106916112212032"}),
        ("/minimax/v1/files/retrieve", {"file_id": "205258526306433"}),
    ]
    assert (task.state, task.video_url, task.file_id) == (
        TaskState.SUCCEEDED,
        "https://files.example/v.mp4?Expires=1767003600",
        "205258526306433",
    )
    assert task.expires_at is not None
    assert task.expires_at.timestamp() == 1767003600
    from videotask import normalize

    alone = normalize("minimax", query)  # no I/O: succeeded, no URL yet, the file id kept for the call
    assert (alone.state, alone.video_url, alone.file_id) == (TaskState.SUCCEEDED, None, "205258526306433")


def test_kling_routes_pick_the_query_path() -> None:
    body = {"code": 0, "message": "SUCCEED", "data": {"task_id": "k1", "task_status": "processing"}}
    handler, seen = script(httpx.Response(200, json=body))
    with sync_gateway(handler) as gw:
        gw.get("kling", "k1")
        gw.get("kling", "k1", route="image2video")
        with pytest.raises(videotask.UnknownRoute):
            gw.get("kling", "k1", route="lip-sync")
    assert [r.url.path for r in seen] == ["/kling/v1/videos/text2video/k1", "/kling/v1/videos/image2video/k1"]
