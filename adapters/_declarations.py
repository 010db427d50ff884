"""Family declarations: `specs/overrides/<family>.yaml`, the decisions no general rule can make.

The spec pipeline reads them to name things and build status enums; the adapters read the same file for the
status table and where the URL, progress, error text and timestamps live. Parsing returns errors as values,
so one run reports every defect in a file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from attrs import frozen

from adapters._task import TaskState

__all__ = ["FIELD_NAMES", "FamilyDeclaration", "Path", "parse_declaration", "parse_path"]

Path = tuple[str | int, ...]
FIELD_NAMES = ("task_id", "video_url", "progress", "error", "created_at", "finished_at", "expires_at")
_TOP = {
    "family",
    "title",
    "version",
    "operation",
    "opaque",
    "status",
    "fields",
    "content_url",
    "progress_scale",
}
_PATH = re.compile(r"^[A-Za-z0-9_\-$@]+(?:\.[A-Za-z0-9_\-$@]+)*$")


@frozen
class FamilyDeclaration:
    family: str
    title: str
    version: str
    operation_id: str
    summary: str
    model: str
    opaque: tuple[str, ...]
    status_fields: tuple[Path, ...]
    status_enum: str
    status_values: Mapping[str, TaskState]  # raw value as documented -> state
    fields: Mapping[str, tuple[Path, ...]]
    content_url: str | None  # where a finished task's file lives when the body names no URL
    progress_scale: str  # "auto" | "percent" | "fraction"
    status_lookup: Mapping[str, TaskState]  # status_values keyed by casefolded raw value

    def state_of(self, raw: str) -> TaskState | None:
        """The state for a raw value; case-insensitive (relays print `success` and `SUCCESS` alike)."""
        return self.status_lookup.get(raw.casefold())


def parse_path(text: str) -> Path:
    """`data.items.0.url` -> ("data", "items", 0, "url"): digits index lists."""
    return tuple(int(part) if part.isdigit() else part for part in text.split("."))


def _paths(value: Any, where: str, errors: list[str]) -> tuple[Path, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) and _PATH.match(i) for i in items):
        errors.append(f"{where}: expected a dotted path or a list of them, got {value!r}")
        return ()
    return tuple(parse_path(item) for item in items)


def parse_declaration(data: Any, family: str) -> tuple[FamilyDeclaration | None, list[str]]:
    errors: list[str] = []
    if not isinstance(data, dict):
        return None, [f"{family}: the declaration must be a mapping"]
    for key in sorted(set(data) - _TOP):
        errors.append(f"{family}: unknown key {key!r} (known: {', '.join(sorted(_TOP))})")
    if data.get("family") != family:
        errors.append(f"{family}: `family` must be {family!r}, the file's name")
    operation = data.get("operation") or {}
    status = data.get("status") or {}
    if not isinstance(operation, dict) or not isinstance(status, dict):
        return None, [*errors, f"{family}: `operation` and `status` must be mappings"]
    for key in ("id", "model"):
        if not isinstance(operation.get(key), str) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", operation[key]):
            errors.append(f"{family}: operation.{key} must be an ASCII identifier")

    values: dict[str, TaskState] = {}
    folded: dict[str, str] = {}
    raw_values = status.get("values")
    if not isinstance(raw_values, dict) or not raw_values:
        errors.append(f"{family}: status.values must map each raw status to a state")
        raw_values = {}
    states = {s.value: s for s in TaskState}
    for raw, state in raw_values.items():
        raw = str(raw)
        if state not in states:
            errors.append(f"{family}: status {raw!r} maps to {state!r}, not one of {', '.join(states)}")
            continue
        if raw.casefold() in folded:
            errors.append(f"{family}: status {raw!r} repeats {folded[raw.casefold()]!r} but for case")
            continue
        folded[raw.casefold()] = raw
        values[raw] = states[state]

    raw_fields = data.get("fields") or {}
    fields: dict[str, tuple[Path, ...]] = dict.fromkeys(FIELD_NAMES, ())
    if not isinstance(raw_fields, dict):
        errors.append(f"{family}: `fields` must be a mapping")
        raw_fields = {}
    for name, paths in raw_fields.items():
        if name not in FIELD_NAMES:
            errors.append(f"{family}: fields.{name} is not one of {', '.join(FIELD_NAMES)}")
            continue
        fields[name] = _paths(paths, f"{family}: fields.{name}", errors)
    status_fields = _paths(status.get("fields", "status"), f"{family}: status.fields", errors)
    opaque = data.get("opaque") or []
    if not isinstance(opaque, list) or not all(isinstance(p, str) and _PATH.match(p) for p in opaque):
        errors.append(f"{family}: `opaque` must be a list of dotted paths")
        opaque = []
    scale = data.get("progress_scale", "auto")
    if scale not in {"auto", "percent", "fraction"}:
        errors.append(f"{family}: progress_scale must be auto, percent or fraction")
    content_url = data.get("content_url")
    if content_url is not None and (not isinstance(content_url, str) or "{task_id}" not in content_url):
        errors.append(f"{family}: content_url must be a path template containing {{task_id}}")
    if errors:
        return None, errors
    model = str(operation["model"])
    return FamilyDeclaration(
        family=family,
        title=str(data.get("title") or family),
        version=str(data.get("version") or "1.0.0"),
        operation_id=str(operation["id"]),
        summary=str(operation.get("summary") or ""),
        model=model,
        opaque=tuple(opaque),
        status_fields=status_fields,
        status_enum=str(status.get("enum") or f"{model}Status"),
        status_values=values,
        fields=fields,
        content_url=content_url,
        progress_scale=str(scale),
        status_lookup={raw.casefold(): state for raw, state in values.items()},
    ), []
