"""Family declarations: `specs/overrides/<family>.yaml`, the decisions no general rule can make.

The spec pipeline reads them to name operations and models and to build status enums; the adapters read the
same file for the status table, the routes, and where the URL, progress, error text and timestamps live.
Parsing returns errors as values, so one run reports every defect in a file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, timedelta, timezone, tzinfo
from typing import Any

from attrs import field, frozen

from videotask._task import TaskState

__all__ = [
    "FIELD_NAMES",
    "ROLES",
    "FamilyDeclaration",
    "OperationDeclaration",
    "Path",
    "ResultCall",
    "SubmitDeclaration",
    "parse_declaration",
    "parse_path",
]

Path = tuple[str | int, ...]
FIELD_NAMES = ("task_id", "video_url", "progress", "error", "created_at", "finished_at", "expires_at", "file_id")
ROLES = ("query", "submit", "result")
_TOP = {
    "family",
    "title",
    "version",
    "operations",
    "opaque",
    "status",
    "fields",
    "content_url",
    "progress_scale",
    "timezone",
    "result",
    "submit",
}
_OPERATION_KEYS = {"id", "role", "method", "path", "route", "model", "summary", "headers"}
_SEGMENT = r"[A-Za-z0-9_\-$@]+(?:\[\d+\])*"
_PATH = re.compile(rf"^{_SEGMENT}(?:\.{_SEGMENT})*$")
_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_ZONE = re.compile(r"^([+-])(\d{2}):(\d{2})$")


@frozen
class OperationDeclaration:
    """One operation of a family's API, named: what the pipeline calls it and what the adapters use it for."""

    id: str  # operationId
    role: str  # query | submit | result
    method: str  # upper case
    path: str  # the route after cleaning, `{name}` parameters
    route: str | None  # a short name pairing a submit with its query (kling: text2video, image2video)
    model: str  # the 2xx response model
    summary: str
    # headers the operation needs whatever the caller sends (DashScope refuses a submit without
    # `X-DashScope-Async: enable`); the specs drop header parameters, so they are declared here
    headers: Mapping[str, str] = field(factory=dict)


@frozen
class ResultCall:
    """A success whose URL needs a second call: `operation` with `param` set to the task's `file_id`."""

    operation: str
    param: str
    url: tuple[Path, ...]


@frozen
class SubmitDeclaration:
    """How a family's create answers and what its relay honours: where the new task's id is (tried before the
    general places), and the idempotency header it deduplicates POSTs by (None: it honours none)."""

    task_id: tuple[Path, ...] = ()
    idempotency_header: str | None = None


_SUBMIT_KEYS = {"task_id", "idempotency_header"}
_HEADER = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")  # an HTTP token (RFC 9110)


@frozen
class FamilyDeclaration:
    family: str
    title: str
    version: str
    operations: tuple[OperationDeclaration, ...]
    opaque: tuple[str, ...]
    status_fields: tuple[Path, ...]
    status_enum: str
    status_values: Mapping[str, TaskState]  # raw value as documented -> state
    fields: Mapping[str, tuple[Path, ...]]
    content_url: str | None  # where a finished task's file lives when the body names no URL
    progress_scale: str  # "auto" | "percent" | "fraction"
    timezone: tzinfo  # the zone of timestamps written without one
    result: ResultCall | None
    status_lookup: Mapping[str, TaskState]  # status_values keyed by casefolded raw value
    submit: SubmitDeclaration = SubmitDeclaration()

    def state_of(self, raw: str) -> TaskState | None:
        """The state for a raw value; case-insensitive (relays print `success` and `SUCCESS` alike)."""
        return self.status_lookup.get(raw.casefold())

    def operation_for(self, method: str, path: str) -> OperationDeclaration | None:
        return next((op for op in self.operations if op.method == method.upper() and op.path == path), None)


def parse_path(text: str) -> Path:
    """`data.videos[0].url` (or `data.videos.0.url`) -> ("data", "videos", 0, "url"): numbers index lists."""
    parts: list[str | int] = []
    for segment in text.split("."):
        name, *indexes = segment.replace("]", "").split("[")
        parts.append(int(name) if name.isdigit() else name)
        parts.extend(int(i) for i in indexes)
    return tuple(parts)


def _paths(value: Any, where: str, errors: list[str]) -> tuple[Path, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) and _PATH.match(i) for i in items):
        errors.append(f"{where}: expected a dotted path or a list of them, got {value!r}")
        return ()
    return tuple(parse_path(item) for item in items)


def _operations(raw: Any, family: str, errors: list[str]) -> tuple[OperationDeclaration, ...]:
    if not isinstance(raw, list) or not raw:
        errors.append(f"{family}: `operations` must list the family's operations")
        return ()
    found: list[OperationDeclaration] = []
    for n, item in enumerate(raw):
        where = f"{family}: operations[{n}]"
        if not isinstance(item, dict):
            errors.append(f"{where} must be a mapping")
            continue
        for key in sorted(set(item) - _OPERATION_KEYS):
            errors.append(f"{where}: unknown key {key!r} (known: {', '.join(sorted(_OPERATION_KEYS))})")
        for key in ("id", "model"):
            if not isinstance(item.get(key), str) or not _IDENT.fullmatch(item[key]):
                errors.append(f"{where}.{key} must be an ASCII identifier")
        if item.get("role") not in ROLES:
            errors.append(f"{where}.role must be one of {', '.join(ROLES)}")
        method, path = str(item.get("method") or "").upper(), item.get("path")
        if not re.fullmatch(r"GET|POST|PUT|PATCH|DELETE", method):
            errors.append(f"{where}.method must be an HTTP method")
        if not isinstance(path, str) or not path.startswith("/"):
            errors.append(f"{where}.path must be a route starting with /")
        headers = item.get("headers") or {}
        if not isinstance(headers, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            errors.append(f"{where}.headers must map header names to text values")
            headers = {}
        route = item.get("route")
        if route is not None and not (isinstance(route, str) and re.fullmatch(r"[A-Za-z0-9_\-]+", route)):
            errors.append(f"{where}.route must be a short name")
        found.append(
            OperationDeclaration(
                id=str(item.get("id")),
                role=str(item.get("role")),
                method=method,
                path=str(path),
                route=route,
                model=str(item.get("model")),
                summary=str(item.get("summary") or ""),
                headers=dict(headers),
            )
        )
    ids = [op.id for op in found]
    for repeated in sorted({i for i in ids if ids.count(i) > 1}):
        errors.append(f"{family}: operation id {repeated!r} is declared twice")
    if not any(op.role == "query" for op in found):
        errors.append(f"{family}: no operation has role: query")
    for role in ("query", "submit"):
        routes = [op.route for op in found if op.role == role]
        if len(routes) > 1 and (None in routes or len(set(routes)) < len(routes)):
            errors.append(f"{family}: several {role} operations need distinct `route` names")
    return tuple(found)


def _timezone(value: Any, family: str, errors: list[str]) -> tzinfo:
    if value is None or value in ("UTC", "Z", "+00:00"):
        return UTC
    match = _ZONE.match(str(value))
    if match is None:
        errors.append(f"{family}: timezone must be UTC or an offset like +08:00, not {value!r}")
        return UTC
    sign = -1 if match.group(1) == "-" else 1
    return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))


def _result(
    raw: Any, family: str, operations: tuple[OperationDeclaration, ...], errors: list[str]
) -> ResultCall | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != {"operation", "param", "url"}:
        errors.append(f"{family}: result needs exactly `operation`, `param` and `url`")
        return None
    if not any(op.id == raw["operation"] and op.role == "result" for op in operations):
        errors.append(f"{family}: result.operation {raw['operation']!r} is not an operation with role: result")
    return ResultCall(str(raw["operation"]), str(raw["param"]), _paths(raw["url"], f"{family}: result.url", errors))


def _submit(raw: Any, family: str, errors: list[str]) -> SubmitDeclaration:
    if raw is None:
        return SubmitDeclaration()
    if not isinstance(raw, dict) or not raw or set(raw) - _SUBMIT_KEYS:
        errors.append(f"{family}: submit takes only {', '.join(sorted(_SUBMIT_KEYS))}")
        return SubmitDeclaration()
    header = raw.get("idempotency_header")
    if header is not None and not (isinstance(header, str) and _HEADER.fullmatch(header)):
        errors.append(f"{family}: submit.idempotency_header must be a header name, not {header!r}")
        header = None
    paths = _paths(raw["task_id"], f"{family}: submit.task_id", errors) if "task_id" in raw else ()
    return SubmitDeclaration(paths, header)


def parse_declaration(data: Any, family: str) -> tuple[FamilyDeclaration | None, list[str]]:
    errors: list[str] = []
    if not isinstance(data, dict):
        return None, [f"{family}: the declaration must be a mapping"]
    for key in sorted(set(data) - _TOP):
        errors.append(f"{family}: unknown key {key!r} (known: {', '.join(sorted(_TOP))})")
    if data.get("family") != family:
        errors.append(f"{family}: `family` must be {family!r}, the file's name")
    operations = _operations(data.get("operations"), family, errors)
    status = data.get("status") or {}
    if not isinstance(status, dict):
        return None, [*errors, f"{family}: `status` must be a mapping"]

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
    zone = _timezone(data.get("timezone"), family, errors)
    result = _result(data.get("result"), family, operations, errors)
    submit = _submit(data.get("submit"), family, errors)
    if result is not None and not fields["file_id"]:
        errors.append(f"{family}: result needs fields.file_id, the value its call takes")
    if errors:
        return None, errors
    default = next(op for op in operations if op.role == "query")
    return FamilyDeclaration(
        family=family,
        title=str(data.get("title") or family),
        version=str(data.get("version") or "1.0.0"),
        operations=operations,
        opaque=tuple(opaque),
        status_fields=status_fields,
        status_enum=str(status.get("enum") or f"{default.model}Status"),
        status_values=values,
        fields=fields,
        content_url=content_url,
        progress_scale=str(scale),
        timezone=zone,
        result=result,
        status_lookup={raw.casefold(): state for raw, state in values.items()},
        submit=submit,
    ), []
