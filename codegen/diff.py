"""What a spec change means for users: operations, fields, requiredness, types and enum values, old vs new.

Pure: two spec dicts in, a list of Change out. Breaking for a user who validates recorded responses or reads
fields: an operation or field removed, a field made required, a type narrowed, an enum value removed; for a
caller of a generated client: a required parameter added, a request body made required.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from attrs import frozen

__all__ = ["BREAKING", "Change", "diff_specs"]

BREAKING = frozenset(
    {"operation removed", "response removed", "field removed", "field made required", "type narrowed",
     "enum value removed", "alternative removed", "required parameter added", "request body made required"}
)  # fmt: skip
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@frozen
class Change:
    family: str
    kind: str  # e.g. "field removed"; breaking when in BREAKING
    where: str  # e.g. "GET /jimeng/fetch/{task_id} 200 $.data.progress"
    detail: str = ""

    @property
    def breaking(self) -> bool:
        return self.kind in BREAKING

    def line(self) -> str:
        """One line, the same in the report and in the changelog entry that acknowledges it."""
        return f"{self.family}: {self.kind}: {self.where}" + (f" ({self.detail})" if self.detail else "")


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in _METHODS:
            if isinstance(item, dict) and method in item:
                found[f"{method.upper()} {path}"] = item[method]
    return found


class _Schemas:
    """Both specs' components, to resolve `$ref`s on each side."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = (old.get("components") or {}).get("schemas") or {}
        self.new = (new.get("components") or {}).get("schemas") or {}

    @staticmethod
    def resolve(schema: Any, components: dict[str, Any]) -> tuple[Any, str | None]:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            return components.get(name, {}), name
        return schema, None


def _types(schema: dict[str, Any]) -> set[str] | None:
    declared = schema.get("type")
    if declared is None:
        return None
    types = {declared} if isinstance(declared, str) else set(declared)
    if "number" in types:
        types.add("integer")  # a number admits integers: integer -> number is a widening
    return types


_NULL = {"type": "null"}


def _unwrap_nullable(schema: Any) -> tuple[Any, bool]:
    """`anyOf: [X, {type: null}]` (how a nullable object is written) -> (X, True): the same fields, or null."""
    alternatives = schema.get("anyOf") if isinstance(schema, dict) else None
    if isinstance(alternatives, list) and len(alternatives) == 2 and _NULL in alternatives:
        others = [a for a in alternatives if a != _NULL]
        if set(schema) <= {"anyOf", "description"}:
            return others[0], True
    return schema, False


def _compare(
    old: Any, new: Any, where: str, schemas: _Schemas, family: str, seen: set[tuple[str | None, str | None]]
) -> Iterator[Change]:
    (old, old_null), (new, new_null) = _unwrap_nullable(old), _unwrap_nullable(new)
    if new_null and not old_null and "null" not in (_types(schemas.resolve(old, schemas.old)[0]) or {"null"}):
        yield Change(family, "type widened", where, "now also null")
    elif old_null and not new_null and "null" not in (_types(schemas.resolve(new, schemas.new)[0]) or {"null"}):
        yield Change(family, "type narrowed", where, "no longer null")
    old, old_name = schemas.resolve(old, schemas.old)
    new, new_name = schemas.resolve(new, schemas.new)
    if (old_name or new_name) and (old_name, new_name) in seen:
        return  # a recursive schema: compared once
    seen = seen | {(old_name, new_name)}
    if not isinstance(old, dict) or not isinstance(new, dict):
        return
    old_types, new_types = _types(old), _types(new)
    if old_types is None and new_types is not None and not old.get("anyOf") and not old.get("oneOf"):
        yield Change(family, "type narrowed", where, f"now only {', '.join(sorted(new_types))}")
    if old_types is not None:
        if new_types is not None and old_types - new_types:
            yield Change(family, "type narrowed", where, f"no longer {', '.join(sorted(old_types - new_types))}")
        if new_types is None or new_types - old_types:
            added = "any type" if new_types is None else ", ".join(sorted(new_types - old_types))
            yield Change(family, "type widened", where, f"now also {added}")
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if isinstance(old_enum, list) and isinstance(new_enum, list):
        for value in old_enum:
            if value not in new_enum:
                yield Change(family, "enum value removed", where, repr(value))
        for value in new_enum:
            if value not in old_enum:
                yield Change(family, "enum value added", where, repr(value))
    elif isinstance(new_enum, list) and not isinstance(old_enum, list):
        yield Change(family, "type narrowed", where, "now an enum")
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    for name in old_props:
        if name not in new_props:
            yield Change(family, "field removed", f"{where}.{name}")
    for name in new_props:
        if name not in old_props:
            yield Change(family, "field added", f"{where}.{name}")
    old_required, new_required = set(old.get("required") or ()), set(new.get("required") or ())
    for name in sorted(new_required - old_required):
        yield Change(family, "field made required", f"{where}.{name}")
    for name in sorted(old_required - new_required):
        yield Change(family, "field made optional", f"{where}.{name}")
    for name in old_props:
        if name in new_props:
            yield from _compare(old_props[name], new_props[name], f"{where}.{name}", schemas, family, seen)
    if "items" in old and "items" in new:
        yield from _compare(old["items"], new["items"], f"{where}[]", schemas, family, seen)
    for keyword in ("anyOf", "oneOf"):
        old_alts, new_alts = old.get(keyword) or [], new.get(keyword) or []
        for index in range(len(new_alts), len(old_alts)):
            yield Change(family, "alternative removed", f"{where} {keyword}[{index}]")
        for index in range(len(old_alts), len(new_alts)):
            yield Change(family, "alternative added", f"{where} {keyword}[{index}]")
        for index in range(min(len(old_alts), len(new_alts))):
            yield from _compare(old_alts[index], new_alts[index], where, schemas, family, seen)


def _json_schema(response: Any) -> Any:
    content = (response or {}).get("content") or {}
    media: Any = content.get("application/json") or next(iter(content.values()), {})
    return (media or {}).get("schema")


def _request(op: str, old: dict[str, Any], new: dict[str, Any], family: str) -> Iterator[Change]:
    """What a caller of the operation must now send: a required parameter, a body."""
    before = {(p.get("in"), p.get("name")) for p in old.get("parameters") or () if p.get("required")}
    for param in new.get("parameters") or ():
        if param.get("required") and (param.get("in"), param.get("name")) not in before:
            yield Change(family, "required parameter added", f"{op} {param.get('in')} {param.get('name')}")
    if (new.get("requestBody") or {}).get("required") and not (old.get("requestBody") or {}).get("required"):
        yield Change(family, "request body made required", op)


def diff_specs(family: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change a user of `family`'s responses would notice, in a stable order."""
    schemas = _Schemas(old, new)
    old_ops, new_ops = _operations(old), _operations(new)
    changes = [Change(family, "operation removed", op) for op in old_ops if op not in new_ops]
    changes += [Change(family, "operation added", op) for op in new_ops if op not in old_ops]
    for op in old_ops.keys() & new_ops.keys():
        changes += _request(op, old_ops[op], new_ops[op], family)
        old_responses = old_ops[op].get("responses") or {}
        new_responses = new_ops[op].get("responses") or {}
        for status in old_responses:
            if status not in new_responses:
                changes.append(Change(family, "response removed", f"{op} {status}"))
        for status in new_responses:
            if status not in old_responses:
                changes.append(Change(family, "response added", f"{op} {status}"))
            else:
                old_schema, new_schema = _json_schema(old_responses[status]), _json_schema(new_responses[status])
                changes += _compare(old_schema, new_schema, f"{op} {status} $", schemas, family, set())
    return sorted(dict.fromkeys(changes), key=lambda c: (not c.breaking, c.where, c.kind, c.detail))
