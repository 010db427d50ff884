"""A small valid create body for any family's submit route, read from the spec's request schema (never from
the family's name): its required fields only, each the schema's first example, enum value or default, else a
plain value of its type. What the demo submits, and what tests start from."""

from __future__ import annotations

from typing import Any

from videotask import _families
from videotask._families import Family, Operation

__all__ = ["request_schema", "sample_body", "submit_op"]

_IMAGE = "https://img.example/videotask-mock/first-frame.png"


def submit_op(fam: Family, route: str | None = None) -> Operation:
    """The submit operation for `route` (None: the first)."""
    for op in fam.submits:
        if route is None or op.route == route:
            return op
    raise LookupError(f"family {fam.name!r} has no submit route {route!r}")


def request_schema(op: Operation, media: str = "application/json") -> dict[str, Any] | None:
    content = (op.spec.get("requestBody") or {}).get("content") or {}
    schema = (content.get(media) or {}).get("schema")
    return schema if isinstance(schema, dict) else None


def _resolve(schema: Any, components: dict[str, Any]) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        *_, kind, name = schema["$ref"].split("/")
        schema = components.get(kind, {}).get(name, {})
    return schema


def _sample(schema: Any, components: dict[str, Any], name: str, depth: int = 0) -> Any:
    schema = _resolve(schema, components)
    if not isinstance(schema, dict) or depth > 8:
        return "mock"
    for key in ("const", "default"):
        if key in schema and schema[key] is not None:
            return schema[key]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
    if schema.get("examples"):
        return schema["examples"][0]
    for key in ("oneOf", "anyOf", "allOf"):
        branches = [b for b in schema.get(key, ()) if _resolve(b, components).get("type") != "null"]
        if branches and key != "allOf":
            return _sample(branches[0], components, name, depth + 1)
        if branches:
            merged: dict[str, Any] = {}
            for branch in branches:
                merged.update(_sample(branch, components, name, depth + 1) or {})
            return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {key: _sample(props.get(key, {}), components, key, depth + 1) for key in schema.get("required", ())}
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        return [_sample(schema.get("items", {}), components, name, depth + 1) for _ in range(count)]
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in schema else 1)
        return int(low) if kind == "integer" else float(low)
    if kind == "boolean":
        return False
    text = _IMAGE if schema.get("format") in ("uri", "url") or "image" in name.lower() else f"videotask mock {name}"
    return text.ljust(int(schema.get("minLength", 0)), "x")[: schema.get("maxLength", len(text))]


def sample_body(family: str, route: str | None = None, **extra: Any) -> dict[str, Any]:
    """A valid JSON body for the family's submit route (None: its first), `extra` fields on top."""
    fam = _families.family(family)
    schema = request_schema(submit_op(fam, route)) or {}
    body = _sample(schema, fam.components, "body")
    return {**(body if isinstance(body, dict) else {}), **extra}
