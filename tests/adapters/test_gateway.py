"""Gateway and AsyncGateway through httpx.MockTransport: requests, typed errors, retries, secrets."""

from __future__ import annotations

import logging
from collections.abc import Callable
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


@pytest.mark.parametrize("family", FAMILIES)
def test_get_sends_bearer_get_and_normalises(family: str) -> None:
    handler, seen = script(httpx.Response(200, json=first_example(family)))
    with sync_gateway(handler) as gw:
        task = gw.get(family, "task-1")
    request = seen[0]  # (a success that needs a second call for its URL makes one more: see minimax below)
    assert request.method == "GET"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert task.family == family
    assert task.task_id == "task-1"
    assert task.raw == first_example(family)


@pytest.mark.parametrize("family", FAMILIES)
async def test_async_get(family: str) -> None:
    handler, seen = script(httpx.Response(200, json=first_example(family)))
    async with async_gateway(handler) as gw:
        task = await gw.get(family, "task-1")
    assert seen[0].headers["authorization"] == f"Bearer {KEY}"
    assert task.raw == first_example(family)


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
