"""Lifecycle bodies for the MockGateway, from the family's shapes: answers written by hand from public
definitions (its upstream's `answers:` in `specs/upstreams/`, then `specs/shapes/<family>.yaml`; see
`videotask.definitions.load_shapes`), each carrying only what a server sends in its state.

For a (query operation, state) the first shape with that state is served (one of another query route of the
family when the operation has none), with TASK_ID_MARK at the declared task id (and file id) paths and, while
running, the progress at the first declared progress path in the body's own format.

A state no shape declares (cancelled, unknown, often) is served as the shape of the nearest state that carries
no result (see _NEAREST) with the family's own word for the state at its declared status fields. Only a family
with no shapes at all falls back to the spec-example body of `_derived` (the old way, which agrees with our
code rather than with servers), so a family added from a doc and an override alone is still served.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

from videotask import _families
from videotask._paths import locate
from videotask._submit import ID_PLACES
from videotask._task import TaskState
from videotask.definitions._override import Path
from videotask.testing._catalog import View, view
from videotask.testing._derived import TASK_ID_MARK, UNKNOWN_STATUS, derived_body
from videotask.testing._samples import _resolve

__all__ = [
    "EXPIRES_ISO_MARK",
    "EXPIRES_MARK",
    "FILE_ID_MARK",
    "TASK_ID_MARK",
    "UNKNOWN_STATUS",
    "URL_MARK",
    "body_template",
    "id_format",
    "result_template",
    "submit_template",
]

URL_MARK = "__videotask_mock_file_url__"  # replaced by the mock's own download URL of a result file
FILE_ID_MARK = "__videotask_mock_file_id__"  # replaced by the file id the mock hands out for a finished task
EXPIRES_MARK = "__videotask_mock_expires__"  # replaced by the file URL's expiry, unix seconds (a bare number)
EXPIRES_ISO_MARK = "__videotask_mock_expires_iso__"  # the same as an ISO 8601 string
# where a submit answer may hold the new task's id besides the family's declared places (as videotask._submit reads)
# where a state with no shape borrows its body from: never a success shape (it carries the result)
_NEAREST = {
    TaskState.QUEUED: (TaskState.RUNNING, TaskState.FAILED),
    TaskState.RUNNING: (TaskState.QUEUED, TaskState.FAILED),
    TaskState.FAILED: (TaskState.RUNNING, TaskState.QUEUED),
    TaskState.CANCELLED: (TaskState.RUNNING, TaskState.QUEUED, TaskState.FAILED),
    TaskState.UNKNOWN: (TaskState.RUNNING, TaskState.QUEUED, TaskState.FAILED),
    TaskState.SUCCEEDED: (),
}


# states whose body carries the progress the task reached: running, and a task that stopped on the way (it keeps
# what it reached; a shape that says 100% at failure, as new-api's timeout sweep does, keeps that)
_PROGRESSING = (TaskState.RUNNING, TaskState.FAILED, TaskState.CANCELLED)


def _complete(value: Any) -> bool:
    return not isinstance(value, bool) and str(value).strip().rstrip("%") in ("100", "100.0", "1.0")


def _set_present(body: Any, paths: tuple[Path, ...], value: Any) -> None:
    for path in paths:
        found = locate(body, path)
        if found is not None:
            found[0][found[1]] = value


def shaped_progress(current: Any, percent: int, scale: str) -> Any:
    """`percent` written the way `current` is: an int percent, a "NN%" string, a numeric string or a 0..1
    fraction (a float no greater than 1, or any number in a family whose scale is `fraction`)."""
    if isinstance(current, bool):
        return current
    if isinstance(current, str):
        return f"{percent}%" if current.endswith("%") or not current.strip() else str(percent)
    if scale == "fraction" or (isinstance(current, float) and current <= 1.0 and scale != "percent"):
        return percent / 100
    if isinstance(current, float):
        return float(percent)
    return percent


def _file_mark(current: Any) -> str:
    """FILE_ID_MARK, to be written as a number where the shape has a number (see _dump)."""
    return "#" + FILE_ID_MARK if isinstance(current, int) and not isinstance(current, bool) else FILE_ID_MARK


def _dump(body: Any) -> bytes:
    """Compact JSON; a numeric mark loses its quotes, so the number replacing it is bare."""
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    text = text.replace(f'"#{FILE_ID_MARK}"', FILE_ID_MARK)
    return text.replace(f'"{EXPIRES_MARK}"', EXPIRES_MARK).encode()


def _mark_result(fam: View, body: Any) -> None:
    """A success body's URLs become URL_MARK (the mock's own signed file URL) and its expiry fields the URL's
    expiry, in the field's own form."""
    for path in _fields(fam, "video_url"):
        found = locate(body, path)
        if found is not None and isinstance(found[0][found[1]], str) and found[0][found[1]].startswith("http"):
            found[0][found[1]] = URL_MARK
    for path in _fields(fam, "expires_at"):
        found = locate(body, path)
        if found is not None:
            found[0][found[1]] = EXPIRES_ISO_MARK if isinstance(found[0][found[1]], str) else EXPIRES_MARK


def _fields(fam: View, name: str) -> tuple[Path, ...]:
    return tuple(fam.override.fields.get(name, ()))


def _word(fam: View, state: TaskState) -> str:
    """The family's first status word for `state` (the state's own name when its table has none)."""
    return next((raw for raw, mapped in fam.override.status_values.items() if mapped is state), state.value)


@functools.cache
def body_template(
    family: str, state: TaskState, percent: int, raw_status: str | None = None, operation: str | None = None
) -> bytes:
    """The body of a task in `state` at `percent` progress on `operation` (the default query when None),
    with TASK_ID_MARK where the task id goes; `raw_status` replaces the status word (the unknown-status
    fault)."""
    fam = view(family)
    operation = operation or fam.queries[0].operation
    shape = fam.shape(operation, state)
    if shape is None:
        borrowed = (fam.shape(operation, near) for near in _NEAREST[state])
        shape = next((found for found in borrowed if found is not None), None)
        if shape is None:
            return derived_body(family, state, percent, raw_status)
        raw_status = raw_status or _word(fam, state)
    body = copy.deepcopy(shape.body)
    _set_present(body, _fields(fam, "task_id"), TASK_ID_MARK)
    for path in _fields(fam, "file_id"):
        found = locate(body, path)
        if found is not None:
            found[0][found[1]] = _file_mark(found[0][found[1]])
    if state in _PROGRESSING:
        for path in _fields(fam, "progress"):
            found = locate(body, path)
            if found is not None:
                container, key = found
                if state is TaskState.RUNNING or not _complete(container[key]):
                    container[key] = shaped_progress(container[key], percent, fam.override.progress_scale)
                break
    if state is TaskState.SUCCEEDED:
        _mark_result(fam, body)
    if raw_status is not None:
        _set_present(body, tuple(fam.override.status_fields), raw_status)
    return _dump(body)


def _submit_answer(fam: View, operation: str, spec: Any) -> Any:
    """The first shape of the submit operation (queued first), else the first example of its 200 answer."""
    mine = [s for s in fam.shapes if s.operation == operation]
    mine.sort(key=lambda s: s.state is not TaskState.QUEUED)
    if mine:
        return copy.deepcopy(mine[0].body)
    content = (spec.get("responses", {}).get("200", {}).get("content") or {}).get("application/json") or {}
    examples = [e.get("value") for e in (content.get("examples") or {}).values() if isinstance(e, dict)]
    found = next((e for e in examples if isinstance(e, dict)), content.get("example"))
    return copy.deepcopy(found) if isinstance(found, dict) else {}


@functools.cache
def submit_template(family: str, operation: str) -> bytes:
    """The answer of a create on `operation` in the family's submit shape, TASK_ID_MARK at every place the
    new id goes: the declared ones, then the usual ones present in the body (a string `data` is new-api's)."""
    fam = view(family)
    submit = next(s for s in fam.submits if s.operation == operation)
    body = _submit_answer(fam, operation, submit.spec)
    places = (*fam.override.submit.task_id, *_fields(fam, "task_id"), *ID_PLACES)
    marked = False
    for path in dict.fromkeys(places):
        found = locate(body, path)
        if found is not None and isinstance(found[0][found[1]], str | int) and not isinstance(found[0][found[1]], bool):
            found[0][found[1]] = TASK_ID_MARK
            marked = True
    if not marked and isinstance(body, dict):
        body["task_id"] = TASK_ID_MARK  # an example naming no id: the first place a client looks
    return _dump(body)


@functools.cache
def id_format(family: str, operation: str) -> str | None:
    """The `format` the submit answer's schema gives the new task's id (`uuid` for Runway), else None: the mock's
    ids must pass the spec they are served under."""
    fam = view(family)
    submit = next(s for s in fam.submits if s.operation == operation)
    components = _families.family(family).components
    media = (submit.spec.get("responses", {}).get("200", {}).get("content") or {}).get("application/json") or {}
    for path in (*fam.override.submit.task_id, *_fields(fam, "task_id"), *ID_PLACES):
        node: Any = media.get("schema")
        for part in path:
            node = _resolve(node, components)
            node = (node.get("properties") or {}).get(part) if isinstance(node, dict) else None
        node = _resolve(node, components)
        if isinstance(node, dict) and node.get("type") == "string":
            return node.get("format") if isinstance(node.get("format"), str) else None
    return None


@functools.cache
def result_template(family: str) -> bytes:
    """The answer of the family's result call (the file a succeeded task names) with URL_MARK at the declared
    URL path and FILE_ID_MARK beside it where the answer repeats the id it was asked for. Without a shape for
    the result operation, a body holding just the URL at its declared path."""
    fam = view(family)
    assert fam.result is not None
    assert fam.result_url is not None
    shape = fam.shape(fam.result.operation, TaskState.SUCCEEDED)
    body: Any = copy.deepcopy(shape.body) if shape is not None else {}
    node = body
    for part in fam.result_url[:-1]:
        node = node.setdefault(str(part), {}) if isinstance(node, dict) else node[int(part)]
    node[fam.result_url[-1]] = URL_MARK
    if isinstance(node, dict) and fam.result.id_param in node:
        node[fam.result.id_param] = _file_mark(node[fam.result.id_param])
    return _dump(body)
