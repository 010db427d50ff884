"""Gates a spec must pass before it is written. Each returns its failures as values (empty: passed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from videotask.definitions import Override, SpecExample, iter_examples, parse_path

__all__ = [
    "SpecExample",
    "cleanliness",
    "examples_valid",
    "fields_declared",
    "iter_examples",
    "openapi_valid",
    "schemas_at",
    "statuses_mapped",
]


def openapi_valid(spec: dict[str, Any]) -> list[str]:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    return [f"openapi: {error.message}" for error in OpenAPIV31SpecValidator(spec).iter_errors()]


def examples_valid(spec: dict[str, Any]) -> list[str]:
    from jsonschema import Draft202012Validator

    failures = []
    for where, _, _, schema, name, value in iter_examples(spec):
        validator = Draft202012Validator({**schema, "components": spec.get("components", {})})
        for error in validator.iter_errors(value):
            failures.append(f"example {name!r} ({where}) at {error.json_path}: {error.message[:200]}")
    return failures


def cleanliness(spec: dict[str, Any], override: Override | None = None) -> list[str]:
    """What a clean spec never has: placeholder prefixes, header parameters (other than those the override
    says an operation always needs), bodies on reads, vendor keys."""
    declared = {
        (op.method.lower(), op.path, name) for op in (override.operations if override else ()) for name in op.headers
    }
    failures = []
    for path, item in spec.get("paths", {}).items():
        if re.match(r"^/(?:BASE_URL|\{\{)", path, re.IGNORECASE):
            failures.append(f"{path}: placeholder prefix left in the path")
        for method, op in item.items():
            where = f"{method.upper()} {path}"
            kept = [(p.get("in"), (method, path, p.get("name"))) for p in op.get("parameters", [])]
            if any(where_ == "cookie" or (where_ == "header" and key not in declared) for where_, key in kept):
                failures.append(f"{where}: header parameter left")
            if method in {"get", "head", "delete"} and "requestBody" in op:
                failures.append(f"{where}: request body on a read")
            for name in (op.get("operationId", ""), *op.get("tags", [])):
                if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name):
                    failures.append(f"{where}: operationId or tag {name!r} is not an ASCII identifier")
            if not op.get("security"):
                failures.append(f"{where}: no security requirement")
    failures += [f"vendor key {key!r} left" for key in _vendor_keys(spec)]
    return failures


def _vendor_keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if str(key).startswith("x-apifox") or str(key) == "x-run-in-apifox":
                yield str(key)
            yield from _vendor_keys(value)
    elif isinstance(node, list):
        for item in node:
            yield from _vendor_keys(item)


def _resolve(node: Any, components: dict[str, Any]) -> list[dict[str, Any]]:
    """The schemas a node stands for: itself, what its `$ref` names, each `anyOf`/`oneOf` branch."""
    if not isinstance(node, dict):
        return []
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return _resolve(components.get(ref.rsplit("/", 1)[-1]), components)
    found = [node]
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in node.get(key) or ():
            found += _resolve(branch, components)
    return found


def schemas_at(schema: dict[str, Any], path: tuple[str | int, ...], components: dict[str, Any]) -> list[Any]:
    """Every schema the spec declares at a body path (through refs, unions and array items); [] when none."""
    nodes = _resolve(schema, components)
    for part in path:
        following: list[dict[str, Any]] = []
        for node in nodes:
            if isinstance(part, int):
                following += _resolve(node.get("items"), components)
            else:
                following += _resolve((node.get("properties") or {}).get(part), components)
        nodes = following
    return nodes


def _query_schemas(spec: dict[str, Any], override: Override) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for op in override.operations:
        if op.role == "query":
            item = spec.get("paths", {}).get(op.path, {}).get(op.method.lower())
            media = ((item or {}).get("responses", {}).get("200", {}).get("content") or {}).get("application/json")
            if media:
                found.append((op.id, media.get("schema") or {}))
    return found


def fields_declared(spec: dict[str, Any], override: Override) -> list[str]:
    """Every path the override itself reads (status, fields) is declared by some query response's schema; the
    paths its wrappers add are their own files' (specs/wrappers), whatever this family's docs show of them."""
    components = spec.get("components", {}).get("schemas", {})
    schemas = _query_schemas(spec, override)
    override = override.unwrapped or override
    reads = [("status", p) for p in override.status_fields]
    reads += [(name, p) for name, paths in override.fields.items() for p in paths]
    failures = []
    opaque = [tuple(parse_path(dotted)) for dotted in override.opaque]
    for name, path in reads:
        if any(path[: len(prefix)] == prefix for prefix in opaque):
            continue  # inside a subtree the overrides keep free-form on purpose
        if not any(schemas_at(schema, path, components) for _, schema in schemas):
            dotted = ".".join(str(part) for part in path)
            failures.append(f"fields.{name} reads {dotted}, which no query response of the spec declares")
    return failures


def statuses_mapped(spec: dict[str, Any], override: Override) -> list[str]:
    """Every status value the docs document for a declared status field (its enum, the prose of the operation
    and of the field, examples and shapes) has a row in the family's table."""
    components = spec.get("components", {}).get("schemas", {})
    if override.status_enum not in components:
        return [f"status enum {override.status_enum} missing: no declared status field exists in the schema"]
    documented: dict[str, None] = {}
    for _, schema in _query_schemas(spec, override):
        for path in override.status_fields:
            for node in schemas_at(schema, path, components):
                documented.update(dict.fromkeys(str(v) for v in node.get("enum") or () if v is not None))
    return [
        f"status {value!r} is documented but specs/overrides/{override.family}.yaml does not map it"
        for value in documented
        if override.state_of(value) is None
    ]
