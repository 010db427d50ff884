"""Each generated client: parses every example in its spec, and sends the right request with the bearer token."""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest

from codegen.gates import iter_examples
from tests.conftest import FAMILIES, load_spec
from videotask import family as resolve

TOKEN = "sk-test-0123456789"
EXAMPLES = [
    pytest.param(name, e.schema["$ref"].rsplit("/", 1)[-1], e.value, id=f"{name}-{e.operation_id}-{e.name}")
    for name in FAMILIES
    for e in iter_examples(load_spec(name))
    if "$ref" in e.schema
]
READS = [  # every operation that reads by one id: the task queries and the result calls
    pytest.param(name, op.id, id=f"{name}-{op.id}")
    for name in FAMILIES
    for op in resolve(name).operations
    if op.id_param
]


def _first_200(name: str, operation_id: str) -> Any:
    return next(e.value for e in iter_examples(load_spec(name)) if e.operation_id == operation_id and e.status == "200")


@pytest.mark.parametrize(("name", "model_name", "value"), EXAMPLES)
def test_models_round_trip_every_example(name: str, model_name: str, value: Any) -> None:
    model = getattr(importlib.import_module(f"videotask.clients.{name}.models"), model_name)
    assert model.from_dict(value).to_dict() == value


def test_unknown_status_parses_as_plain_string() -> None:
    from videotask.clients.video_generations.models import VideoGenerationStatus, VideoGenerationTask

    known = VideoGenerationTask.from_dict({"status": "queued"})
    assert known.status is VideoGenerationStatus.QUEUED
    unknown = VideoGenerationTask.from_dict({"status": "aborted"})
    assert unknown.status == "aborted"


# how each id must travel, written by hand: one encoded path segment, or one encoded query value
_ENCODED = {"t/1 x": ("t%2F1%20x", "t%2F1+x"), "abc": ("abc", "abc")}


def _request_target(op: Any, value: str) -> tuple[dict[str, str], str]:
    """(keyword arguments for the generated function, the raw path + query it must send)."""
    in_path, in_query = _ENCODED[value]
    if op.id_in == "path":
        return {op.id_param: value}, op.path.replace("{" + op.id_param + "}", in_path)
    return {op.id_param: value}, f"{op.path}?{op.id_param}={in_query}"


@pytest.mark.parametrize(("name", "operation_id"), READS)
def test_sync_request_method_path_and_token(name: str, operation_id: str) -> None:
    op = resolve(name).operation(operation_id)
    client_module = importlib.import_module(f"videotask.clients.{name}")
    seen: list[httpx.Request] = []
    body = _first_200(name, operation_id)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=body)

    client = client_module.AuthenticatedClient(
        base_url="http://gateway.test/api", token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    kwargs, target = _request_target(op, "t/1 x")
    response = op.module.sync_detailed(**kwargs, client=client)
    assert response.status_code == 200
    assert response.parsed.to_dict() == body
    (request,) = seen
    assert request.method == "GET"
    assert request.url.raw_path.decode() == "/api" + target
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.content == b""  # no body on a read
    assert "content-type" not in request.headers


@pytest.mark.parametrize(("name", "operation_id"), READS)
async def test_async_request_method_path_and_token(name: str, operation_id: str) -> None:
    op = resolve(name).operation(operation_id)
    client_module = importlib.import_module(f"videotask.clients.{name}")
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, content=json.dumps({"error": {"message": "task_not_exist", "code": None}}))

    client = client_module.AuthenticatedClient(
        base_url="http://gateway.test", token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    kwargs, target = _request_target(op, "abc")
    response = await op.module.asyncio_detailed(**kwargs, client=client)
    assert response.status_code == 404
    assert response.parsed.to_dict() == {"error": {"message": "task_not_exist", "code": None}}
    (request,) = seen
    assert (request.method, request.url.raw_path.decode()) == ("GET", target)
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
