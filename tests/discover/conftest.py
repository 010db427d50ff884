"""A relay of the new-api lineage as far as discovery sees it: its catalog (`GET /api/pricing`, `GET /v1/models`,
each answer given by the test) and any other GET answered with a small task body, every request recorded."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


class Relay:
    def __init__(self) -> None:
        self.answers: dict[str, tuple[int, Any]] = {}  # path -> (status, JSON body)
        self.requests: list[tuple[str, str]] = []  # (method, path with query)
        self.base_url = ""


def _handler(relay: Relay) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            relay.requests.append((self.command, self.path))
            path = self.path.partition("?")[0]
            status, body = relay.answers.get(path, (200, None))
            if body is None:  # a task route: a task in its first state, id from the path
                task_id = path.rsplit("/", 1)[-1]
                body = {"id": task_id, "object": "video", "status": "queued", "progress": 0}
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _answer

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def relay() -> Iterator[Relay]:
    found = Relay()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(found))
    found.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield found
    finally:
        server.shutdown()
        server.server_close()


# new-api's /api/pricing shape (controller/pricing.go, as shared/reference/relays.md states it), written by hand:
# two video models among chat ones
# fmt: off
PRICING = {
    "success": True,
    "data": [
        {"model_name": "gpt-4o-mini", "quota_type": 0, "model_ratio": 0.075, "model_price": 0, "completion_ratio": 4,
         "owner_by": "", "enable_groups": ["default", "vip"], "supported_endpoint_types": ["openai"]},
        {"model_name": "sora-2", "quota_type": 1, "model_ratio": 0, "model_price": 0.4, "completion_ratio": 1,
         "owner_by": "", "enable_groups": ["default", "vip"], "supported_endpoint_types": ["openai-video"]},
        {"model_name": "claude-sonnet-4", "quota_type": 0, "model_ratio": 1.5, "model_price": 0,
         "completion_ratio": 5, "owner_by": "", "enable_groups": ["default"],
         "supported_endpoint_types": ["anthropic", "openai"]},
        {"model_name": "doubao-seedance-1-0-pro", "quota_type": 1, "model_ratio": 0, "model_price": 1.25,
         "completion_ratio": 1, "owner_by": "", "enable_groups": ["vip"], "supported_endpoint_types": ["volc-video"]},
    ],
    "group_ratio": {"default": 1, "vip": 1.5},
    "usable_group": {"default": "default group", "vip": "vip group"},
    "supported_endpoint": {
        "openai": {"path": "/v1/chat/completions", "method": "POST"},
        "anthropic": {"path": "/v1/messages", "method": "POST"},
        "openai-video": {"path": "/v1/videos", "method": "POST"},
        "volc-video": {"path": "/volc/api/v3/contents/generations/tasks", "method": "POST"},
    },
    "vendors": [],
    "auto_groups": ["default"],
    "pricing_version": "test",
}

# new-api's /v1/models shape: the models with their endpoint types, no prices, no paths
MODELS = {
    "success": True,
    "object": "list",
    "data": [
        {"id": "gpt-4o-mini", "object": "model", "created": 1, "owned_by": "openai",
         "supported_endpoint_types": ["openai"]},
        {"id": "sora-2", "object": "model", "created": 1, "owned_by": "openai",
         "supported_endpoint_types": ["openai-video"]},
    ],
}
# fmt: on
