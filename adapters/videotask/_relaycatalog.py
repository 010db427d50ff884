"""What a new-api-lineage relay says about itself: its catalog, read from `GET /api/pricing` (models, prices,
groups, endpoint types and the path of each type), else `GET /v1/models` (models and endpoint types only).

Shapes from new-api's controller/pricing.go and its model list (shared/reference/relays.md, "What a relay says
about itself"): `quota_type` 1 is a fixed price per call (`model_price`), scaled by the caller's group ratio.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from attrs import frozen

from videotask._http import settings_from

__all__ = ["Catalog", "CatalogClosed", "CatalogModel", "fetch_catalog", "parse_models", "parse_pricing"]

PRICING, MODELS = "/api/pricing", "/v1/models"
PER_CALL = 1  # quota_type: a fixed price per call


class CatalogClosed(Exception):
    """Neither catalog route answers with a catalog (404, a login wall, not new-api's shape, no connection)."""


@frozen
class CatalogModel:
    name: str
    endpoint_types: tuple[str, ...]
    per_call: float | None  # model_price, when the model is priced per call
    quota_type: int | None  # None: the catalog gives no prices (/v1/models)
    groups: tuple[str, ...]


@frozen
class Catalog:
    source: str  # the URL it was read from
    models: tuple[CatalogModel, ...]
    group_ratio: Mapping[str, float]
    endpoints: Mapping[str, tuple[str, str]]  # endpoint type -> (method, path), as the relay publishes them

    def model(self, name: str) -> CatalogModel | None:
        return next((m for m in self.models if m.name == name), None)

    def price(self, model: CatalogModel, group: str) -> float | None:
        """The price of one call of `model` in `group` (model_price x the group's ratio); None when the model is
        not priced per call, not enabled in that group or the group has no ratio."""
        ratio = self.group_ratio.get(group)
        if model.per_call is None or ratio is None or group not in model.groups:
            return None
        return round(model.per_call * ratio, 9)  # 0.4 x 1.5 is 0.6, not 0.6000000000000001


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def parse_pricing(body: Any, source: str) -> Catalog | None:
    """A `/api/pricing` answer, or None when it is no catalog (`success: false`, another shape)."""
    if not isinstance(body, dict) or body.get("success") is False or not isinstance(body.get("data"), list):
        return None
    models = []
    for item in body["data"]:
        if not isinstance(item, dict) or not isinstance(item.get("model_name"), str):
            continue
        quota = item.get("quota_type")
        quota_type = quota if isinstance(quota, int) else None
        price = _number(item.get("model_price")) if quota_type == PER_CALL else None
        models.append(CatalogModel(item["model_name"], _texts(item.get("supported_endpoint_types")), price,
                                   quota_type, _texts(item.get("enable_groups"))))  # fmt: skip
    ratios = body["group_ratio"] if isinstance(body.get("group_ratio"), dict) else {}
    group_ratio = {group: found for group, ratio in ratios.items() if (found := _number(ratio)) is not None}
    endpoints: dict[str, tuple[str, str]] = {}
    for kind, where in (body.get("supported_endpoint") or {}).items():
        if isinstance(where, dict) and isinstance(where.get("path"), str) and where["path"].startswith("/"):
            endpoints[kind] = (str(where.get("method") or "POST").upper(), where["path"])
    return Catalog(source, tuple(models), group_ratio, endpoints)


def parse_models(body: Any, source: str) -> Catalog | None:
    """A `/v1/models` answer (`{data: [{id, supported_endpoint_types}]}`), or None when it is no model list."""
    if not isinstance(body, dict) or body.get("success") is False or not isinstance(body.get("data"), list):
        return None
    models = tuple(
        CatalogModel(item["id"], _texts(item.get("supported_endpoint_types")), None, None, ())
        for item in body["data"]
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    )
    return Catalog(source, models, {}, {})


def fetch_catalog(
    base_url: str | None, api_key: str | None, timeout: float = 30.0, transport: httpx.BaseTransport | None = None
) -> Catalog:
    """The relay's catalog: `/api/pricing` when it answers with one, else `/v1/models`; CatalogClosed, saying
    what each route answered, when neither does. The key (when given) goes as a bearer token."""
    settings = settings_from(base_url, api_key, 0, "off")
    said: list[str] = []
    with httpx.Client(headers=settings.headers, timeout=timeout, transport=transport) as client:
        for path, parse in ((PRICING, parse_pricing), (MODELS, parse_models)):
            url = settings.base_url + path
            try:
                reply = client.get(url)
            except httpx.HTTPError as exc:
                said.append(f"{path}: {type(exc).__name__}")
                continue
            if reply.status_code != 200:
                login = " (login required)" if reply.status_code in (401, 403) else ""
                said.append(f"{path}: {reply.status_code}{login}")
                continue
            try:
                body = reply.json()
            except ValueError:
                body = None
            found = parse(body, url)
            if found is not None:
                return found
            message = body.get("message") if isinstance(body, dict) else None  # new-api's reason, when it gives one
            said.append(f"{path}: no catalog in the answer" + (f": {message}" if isinstance(message, str) else ""))
    raise CatalogClosed(settings.scrub(f"{settings.base_url} publishes no catalog ({'; '.join(said)})"))
