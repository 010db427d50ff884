"""Each generated client: parses every example in its spec, and sends the right request with the bearer token."""

from __future__ import annotations

import importlib
import json
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import ALL_EXAMPLES, FAMILIES, load_spec, spec_examples

TOKEN = "sk-test-0123456789"


def operation(family: str) -> tuple[ModuleType, str, str, str]:
    """(generated module, path template, path parameter, 200 model name) for a family's one operation."""
    spec = load_spec(family)
    ((path, item),) = spec["paths"].items()
    op = item["get"]
    module = importlib.import_module(f"generated.{family}.api.{op['tags'][0]}.{op['operationId']}")
    (param,) = [p["name"] for p in op["parameters"] if p["in"] == "path"]
    model = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    return module, path, param, model


@pytest.mark.parametrize(("family", "status", "value"), ALL_EXAMPLES)
def test_models_round_trip_every_example(family: str, status: str, value: Any) -> None:
    _, _, _, model_name = operation(family)
    models = importlib.import_module(f"generated.{family}.models")
    model = getattr(models, model_name if status.startswith("2") else "ErrorResponse")
    assert model.from_dict(value).to_dict() == value


def test_unknown_status_parses_as_plain_string() -> None:
    from generated.video_generations.models import VideoGenerationStatus, VideoGenerationTask

    known = VideoGenerationTask.from_dict({"status": "queued"})
    assert known.status is VideoGenerationStatus.QUEUED
    unknown = VideoGenerationTask.from_dict({"status": "aborted"})
    assert unknown.status == "aborted"


@pytest.mark.parametrize("family", FAMILIES)
def test_sync_request_method_path_and_token(family: str) -> None:
    client_module = importlib.import_module(f"generated.{family}")
    module, path, param, _ = operation(family)
    seen: list[httpx.Request] = []
    body = next(value for status, _, value in spec_examples(family) if status == "200")

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=body)

    client = client_module.AuthenticatedClient(
        base_url="http://gateway.test/api", token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    response = module.sync_detailed(**{param: "t/1 x"}, client=client)
    assert response.status_code == 200
    assert response.parsed.to_dict() == body
    (request,) = seen
    assert request.method == "GET"
    assert request.url.raw_path.decode() == "/api" + path.replace("{" + param + "}", "t%2F1%20x")
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.content == b""  # no body on a read
    assert "content-type" not in request.headers


@pytest.mark.parametrize("family", FAMILIES)
async def test_async_request_method_path_and_token(family: str) -> None:
    client_module = importlib.import_module(f"generated.{family}")
    module, path, param, _ = operation(family)
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, content=json.dumps({"error": {"message": "task_not_exist", "code": None}}))

    client = client_module.AuthenticatedClient(
        base_url="http://gateway.test", token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    response = await module.asyncio_detailed(**{param: "abc"}, client=client)
    assert response.status_code == 404
    assert response.parsed.to_dict() == {"error": {"message": "task_not_exist", "code": None}}
    (request,) = seen
    assert (request.method, request.url.path) == ("GET", path.replace("{" + param + "}", "abc"))
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
