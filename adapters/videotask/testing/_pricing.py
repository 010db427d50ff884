"""The MockGateway's catalog: `GET /api/pricing` and `GET /v1/models` in new-api's shapes (controller/pricing.go
and the model list; see shared/reference/relays.md), one model per create route it serves, so that discovery and
batch dry runs are tested offline.

Each model is `mock-<family>` (`mock-<family>-<route>` for a named route), priced MOCK_PRICE per call in the
`default` group at ratio 1; its endpoint type is the one specs/discovery/newapi.yaml names for the family's create
path (openai-video for /v1/videos), else `<family>-video`, published at the route's path.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from videotask.testing._catalog import View
from videotask.testing._faults import Answer

__all__ = ["MOCK_PRICE", "catalog_answer"]

MOCK_PRICE = 0.1
PRICING_PATH, MODELS_PATH = "/api/pricing", "/v1/models"


def _type_for(family: str, path: str) -> str:
    from videotask.definitions import specs_dir
    from videotask.definitions._discovery import load_discovery

    rules = load_discovery(specs_dir())
    for kind, (_, known) in rules.default_paths.items():
        if known == path:
            return kind
    return f"{family.replace('_', '-')}-video"


def _catalog(views: Iterable[View]) -> tuple[list[dict[str, Any]], dict[str, dict[str, str]]]:
    models: list[dict[str, Any]] = []
    endpoints: dict[str, dict[str, str]] = {}
    for view in views:
        for submit in view.submits:
            kind = _type_for(view.name, submit.path) + (f"-{submit.name}" if submit.name else "")
            endpoints[kind] = {"path": submit.path, "method": "POST"}
            name = f"mock-{view.name}" + (f"-{submit.name}" if submit.name else "")
            models.append({"model_name": name, "quota_type": 1, "model_ratio": 0, "model_price": MOCK_PRICE,
                           "completion_ratio": 1, "owner_by": "", "enable_groups": ["default"],
                           "supported_endpoint_types": [kind]})  # fmt: skip
    return models, endpoints


def catalog_answer(views: Iterable[View], method: str, path: str) -> Answer | None:
    """The catalog for `GET /api/pricing` or `GET /v1/models`, else None (not a catalog request)."""
    if method != "GET" or path not in (PRICING_PATH, MODELS_PATH):
        return None
    models, endpoints = _catalog(views)  # built per request: catalog requests are rare
    if path == PRICING_PATH:
        body: dict[str, Any] = {
            "success": True, "data": models, "group_ratio": {"default": 1}, "usable_group": {"default": "default"},
            "supported_endpoint": endpoints, "vendors": [], "auto_groups": [], "pricing_version": "mock",
        }  # fmt: skip
    else:
        listed = [{"id": m["model_name"], "object": "model", "created": 1700000000, "owned_by": "videotask-mock",
                   "supported_endpoint_types": m["supported_endpoint_types"]} for m in models]  # fmt: skip
        body = {"success": True, "object": "list", "data": listed}
    return Answer(200, json.dumps(body).encode())
