"""Gates a spec must pass before it is written. Each returns its failures as values (empty: passed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from adapters._declarations import FamilyDeclaration

__all__ = ["cleanliness", "examples_valid", "iter_examples", "openapi_valid", "statuses_mapped"]


def iter_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str, Any]]:
    """(where, response schema, example name, value) for every example in the spec."""
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            for status, response in op.get("responses", {}).items():
                for media_type, media in (response.get("content") or {}).items():
                    for name, example in (media.get("examples") or {}).items():
                        where = f"{method.upper()} {path} {status} {media_type}"
                        yield where, media.get("schema") or {}, name, example.get("value")


def openapi_valid(spec: dict[str, Any]) -> list[str]:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    return [f"openapi: {error.message}" for error in OpenAPIV31SpecValidator(spec).iter_errors()]


def examples_valid(spec: dict[str, Any]) -> list[str]:
    from jsonschema import Draft202012Validator

    failures = []
    for where, schema, name, value in iter_examples(spec):
        validator = Draft202012Validator({**schema, "components": spec.get("components", {})})
        for error in validator.iter_errors(value):
            failures.append(f"example {name!r} ({where}) at {error.json_path}: {error.message[:200]}")
    return failures


def cleanliness(spec: dict[str, Any]) -> list[str]:
    """What a clean spec never has: placeholder prefixes, header parameters, bodies on reads, vendor keys."""
    failures = []
    for path, item in spec.get("paths", {}).items():
        if re.match(r"^/(?:BASE_URL|\{\{)", path, re.IGNORECASE):
            failures.append(f"{path}: placeholder prefix left in the path")
        for method, op in item.items():
            where = f"{method.upper()} {path}"
            if any(p.get("in") in {"header", "cookie"} for p in op.get("parameters", [])):
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


def statuses_mapped(spec: dict[str, Any], declaration: FamilyDeclaration) -> list[str]:
    """Every status value the docs document (enum, prose, examples) has a row in the family's table."""
    enum = spec.get("components", {}).get("schemas", {}).get(declaration.status_enum)
    if enum is None:
        return [f"status enum {declaration.status_enum} missing: no declared status field exists in the schema"]
    return [
        f"status {value!r} is documented but specs/overrides/{declaration.family}.yaml does not map it"
        for value in enum.get("enum", [])
        if declaration.state_of(str(value)) is None
    ]
