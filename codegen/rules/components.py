"""Nested object schemas become named components, so generated models get names a person would choose."""

from __future__ import annotations

from typing import Any

from codegen.rules.operation import pascal

__all__ = ["hoist"]


def hoist(schema: dict[str, Any], name: str, components: dict[str, Any]) -> dict[str, Any]:
    """Store `schema` (and every object with properties inside it) under components; return a `$ref`.

    Names follow the property path: `JimengTaskResponse` -> `JimengTaskResponseData` -> ...
    """
    if "properties" not in schema:
        return schema
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:  # a nullable object: the component itself is not null
        rest = [t for t in types if t != "null"]
        ref = hoist({**schema, "type": rest[0] if len(rest) == 1 else rest}, name, components)
        return {"anyOf": [ref, {"type": "null"}]}
    out = dict(schema)
    out["properties"] = {
        prop: _hoist_member(sub, name + pascal(prop), components) for prop, sub in schema["properties"].items()
    }
    unique, n = name, 2
    while unique in components and components[unique] != out:
        unique, n = f"{name}{n}", n + 1
    components[unique] = out
    return {"$ref": f"#/components/schemas/{unique}"}


def _hoist_member(schema: dict[str, Any], name: str, components: dict[str, Any]) -> dict[str, Any]:
    if "properties" in schema:
        return hoist(schema, name, components)
    if isinstance(schema.get("items"), dict) and "properties" in schema["items"]:
        return {**schema, "items": hoist(schema["items"], name + "Item", components)}
    return schema
