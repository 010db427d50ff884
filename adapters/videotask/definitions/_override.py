"""Family overrides: `specs/overrides/<family>.yaml`, the decisions no general rule can make.

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
from videotask.definitions._check import problems

__all__ = [
    "FIELD_NAMES",
    "ROLES",
    "OperationOverride",
    "Override",
    "Path",
    "ResultCall",
    "SubmitOverride",
    "parse_own_override",
    "parse_path",
    "value_at",
]

Path = tuple[str | int, ...]
FIELD_NAMES = ("task_id", "video_url", "progress", "error", "created_at", "finished_at", "expires_at", "file_id")
ROLES = ("query", "submit", "result")
_ZONE = re.compile(r"^([+-])(\d{2}):(\d{2})$")


@frozen
class OperationOverride:
    """One operation of a family's API, named: what the pipeline calls it and what the adapters use it for."""

    id: str  # operationId
    role: str  # query | submit | result
    method: str  # upper case
    path: str  # the route after cleaning, `{name}` parameters
    route: str | None  # a short name pairing a submit with its query (kling: text2video, image2video)
    model: str  # the 2xx response model
    summary: str
    # headers the operation needs whatever the caller sends (DashScope refuses a submit without
    # `X-DashScope-Async: enable`): the spec declares them as required header parameters of that one value
    headers: Mapping[str, str] = field(factory=dict)


@frozen
class ResultCall:
    """A success whose URL needs a second call: `operation` with `param` set to the task's `file_id`."""

    operation: str
    param: str
    url: tuple[Path, ...]


@frozen
class SubmitOverride:
    """How a family's create answers and what its relay honours: where the new task's id is (tried before the
    general places), and the idempotency header it deduplicates POSTs by (None: it honours none)."""

    task_id: tuple[Path, ...] = ()
    idempotency_header: str | None = None


@frozen
class Override:
    family: str
    title: str
    version: str
    operations: tuple[OperationOverride, ...]
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
    submit: SubmitOverride = SubmitOverride()
    wrappers: tuple[str, ...] = ()  # the wrappers (specs/wrappers) this family's answers may come in
    upstream: str | None = None  # the upstream API (specs/upstreams) it reads; its answers are the family's too
    # the family's own reading, before its wrappers' words and paths were added (see definitions.wrap)
    unwrapped: Override | None = field(default=None, eq=False, repr=False)
    # the words each status field may hold, where the words of one field are not all of `status_values` (a
    # wrapper's field holds the wrapper's words, the upstream's field inside it the family's own): for the spec
    status_words: Mapping[Path, tuple[str, ...]] = field(factory=dict)

    def state_of(self, raw: str) -> TaskState | None:
        """The state for a raw value; case-insensitive (relays print `success` and `SUCCESS` alike)."""
        return self.status_lookup.get(raw.casefold())

    def operation_for(self, method: str, path: str) -> OperationOverride | None:
        return next((op for op in self.operations if op.method == method.upper() and op.path == path), None)


def value_at(body: Any, path: str | Path) -> Any:
    """The value at a dotted path (`data.videos[0].url`) or a parsed one; None when a step is missing. The one
    JSON-path walker (videotask._paths.walk), for readers of data outside the runtime (codegen)."""
    from videotask._paths import walk  # the runtime's walker: imported here, where a path is first walked

    return walk(body, parse_path(path) if isinstance(path, str) else path)


def parse_path(text: str) -> Path:
    """`data.videos[0].url` (or `data.videos.0.url`) -> ("data", "videos", 0, "url"): numbers index lists."""
    parts: list[str | int] = []
    for segment in text.split("."):
        name, *indexes = segment.replace("]", "").split("[")
        parts.append(int(name) if name.isdigit() else name)
        parts.extend(int(i) for i in indexes)
    return tuple(parts)


def parse_paths(value: str | list[str]) -> tuple[Path, ...]:
    """A data file's `fields: a.b` or `fields: [a.b, c]`: the paths, parsed."""
    return tuple(parse_path(item) for item in ([value] if isinstance(value, str) else value))


def spell_path(path: Path) -> str:
    """A path as the data files write it (`parse_path`'s inverse): data.task_result.videos[0].url."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")


def _operations(raw: list[dict[str, Any]], family: str, errors: list[str]) -> tuple[OperationOverride, ...]:
    found = tuple(
        OperationOverride(
            id=item["id"], role=item["role"], method=item["method"], path=item["path"], route=item.get("route"),
            model=item["model"], summary=str(item.get("summary") or ""), headers=dict(item.get("headers") or {}),
        )
        for item in raw
    )  # fmt: skip
    ids = [op.id for op in found]
    for repeated in sorted({i for i in ids if ids.count(i) > 1}):
        errors.append(f"{family}: operation id {repeated!r} is declared twice")
    if not any(op.role == "query" for op in found):
        errors.append(f"{family}: no operation has role: query")
    for role in ("query", "submit"):
        routes = [op.route for op in found if op.role == role]
        if len(routes) > 1 and (None in routes or len(set(routes)) < len(routes)):
            errors.append(f"{family}: several {role} operations need distinct `route` names")
    return found


def _timezone(value: str | None) -> tzinfo:
    match = _ZONE.match(value or "")
    if match is None:  # UTC, Z or none (the schema admits nothing else)
        return UTC
    sign = -1 if match.group(1) == "-" else 1
    return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))


def parse_own_override(data: Any, family: str) -> tuple[Override | None, list[str]]:
    """The override, or every problem of the file: its shape (the JSON Schema, each problem with its path),
    then what a schema cannot say (names that must match, ids declared twice, statuses equal but for case)."""
    errors = problems("override", data, family)
    if errors:
        return None, errors
    if data["family"] != family:
        errors.append(f"{family}: `family` must be {family!r}, the file's name")
    operations = _operations(data["operations"], family, errors)
    status = data["status"]
    values: dict[str, TaskState] = {}
    folded: dict[str, str] = {}
    for raw, state in status["values"].items():
        raw = str(raw)  # YAML may read a status word as a number
        if raw.casefold() in folded:
            errors.append(f"{family}: status {raw!r} repeats {folded[raw.casefold()]!r} but for case")
            continue
        folded[raw.casefold()] = raw
        values[raw] = TaskState(state)
    fields: dict[str, tuple[Path, ...]] = dict.fromkeys(FIELD_NAMES, ())
    fields.update({name: parse_paths(paths) for name, paths in (data.get("fields") or {}).items()})
    result = data.get("result")
    if result is not None:
        if not any(op.id == result["operation"] and op.role == "result" for op in operations):
            errors.append(f"{family}: result.operation {result['operation']!r} is not an operation with role: result")
        if not fields["file_id"]:
            errors.append(f"{family}: result needs fields.file_id, the value its call takes")
        if not result.get("url"):
            errors.append(f"{family}: result needs url, where its answer names the URL (its own or its upstream's)")
    if errors:
        return None, errors
    submit = data.get("submit") or {}
    default = next(op for op in operations if op.role == "query")
    return Override(
        family=family,
        title=str(data.get("title") or family),
        version=str(data.get("version") or "1.0.0"),
        operations=operations,
        opaque=tuple(data.get("opaque") or ()),
        status_fields=parse_paths(status.get("fields", "status")),
        status_enum=str(status.get("enum") or f"{default.model}Status"),
        status_values=values,
        fields=fields,
        content_url=data.get("content_url"),
        progress_scale=str(data.get("progress_scale", "auto")),
        timezone=_timezone(data.get("timezone")),
        result=ResultCall(result["operation"], result["param"], parse_paths(result["url"])) if result else None,
        status_lookup={raw.casefold(): state for raw, state in values.items()},
        submit=SubmitOverride(parse_paths(submit.get("task_id", [])), submit.get("idempotency_header")),
        wrappers=tuple(data.get("wrappers") or ()),
        upstream=data.get("upstream"),
    ), []
