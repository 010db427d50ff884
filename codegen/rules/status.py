"""Status-like fields become open enums, so a value nobody documented never crashes a generated client."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from codegen.model import Finding

__all__ = ["STATUS_NAMES", "documented_values", "known_values", "open_enum", "values_at"]

STATUS_NAMES = ("status", "state", "task_status")


def documented_values(description: str) -> list[str]:
    """Status values a doc lists in prose: `"NOT_START" "SUBMITTED"` or `queued: 排队中in_progress: 生成中`."""
    if not re.search(r"status|状态", description, re.IGNORECASE):
        return []
    quoted = re.findall(r"[\"'`]([A-Za-z][A-Za-z0-9_-]*)[\"'`]", description)
    if quoted:
        return list(dict.fromkeys(quoted))
    listed = re.findall(r"(?<![A-Za-z0-9_])([a-z][a-z0-9_]*|[A-Z][A-Z0-9_]*)\s*[:：]", description)
    return list(dict.fromkeys(listed))


def values_at(value: Any, path: list[str]) -> list[str]:
    """String values found at a dotted path inside an example (lists are walked through)."""
    if isinstance(value, list):
        return [found for item in value for found in values_at(item, path)]
    if not path:
        return [value] if isinstance(value, str) else []
    if isinstance(value, dict) and path[0] in value:
        return values_at(value[path[0]], path[1:])
    return []


def known_values(*sources: Iterable[str]) -> tuple[list[str], list[Finding]]:
    """Union in first-seen order; values equal but for case collapse (the generator crashes on them)."""
    seen: dict[str, str] = {}
    findings = []
    for source in sources:
        for value in source:
            if not value:
                continue
            if value.casefold() in seen and seen[value.casefold()] != value:
                findings.append(
                    Finding(
                        "warning",
                        value,
                        f"same status as {seen[value.casefold()]!r} but for case: one enum value kept",
                    )
                )
                continue
            seen.setdefault(value.casefold(), value)
    return list(seen.values()), findings


def open_enum(schema: dict[str, Any], enum_ref: str) -> dict[str, Any]:
    """`anyOf: [named enum, string]` (+ null when nullable), keeping the field's description."""
    branches: list[dict[str, Any]] = [{"$ref": enum_ref}, {"type": "string"}]
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        branches.append({"type": "null"})
    out: dict[str, Any] = {"anyOf": branches}
    if schema.get("description"):
        out["description"] = schema["description"]
    return out
