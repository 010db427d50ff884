"""The fallback for a state no shape declares: a body built from the examples in the family's spec.

This is the MockGateway's old way, kept only for families (or states) with no `specs/shapes/<family>.yaml`
entry, such as a family just added from a doc and an override. It agrees with our code rather than with
servers: prefer writing shapes. For each state a base example is taken (one that already is in that state,
else the most complete one), then the declared fields are set: the status in the family's own words, the
progress in the example's own format, the URL, error and finish time present only where they belong. Every
candidate edit is kept only if the body still validates against the spec and normalises back to what was
meant.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable, Iterator
from typing import Any

from videotask import _families
from videotask._normalize import normalize
from videotask._paths import locate
from videotask._task import TaskState, VideoTask
from videotask._validation import validate
from videotask.definitions._examples import iter_examples
from videotask.definitions._override import Path

__all__ = ["TASK_ID_MARK", "UNKNOWN_STATUS", "derived_body", "examples_200"]

TASK_ID_MARK = "__videotask_mock_task_id__"  # replaced by the JSON-escaped task id when a body is served
UNKNOWN_STATUS = "mock_unknown_status"
_MISSING = object()
_ERROR_TEXT = "mock: the upstream provider rejected the generation"


def examples_200(family: str) -> list[Any]:
    """The family's 200 examples, in spec order."""
    fam = _families.family(family)
    wanted = fam.query().id
    return [e.value for e in iter_examples(fam.spec) if e.operation_id == wanted and e.status == "200"]


def _raw_status(family: str, state: TaskState) -> str:
    """The family's word for a state: one its examples use, else the first its status table lists."""
    decl = _families.family(family).override
    seen = {normalize(family, ex).raw_status for ex in examples_200(family)}
    words = [raw for raw, mapped in decl.status_values.items() if mapped is state]
    return next((w for w in words if w in seen), words[0] if words else state.value)


def _put(body: Any, path: Path, candidates: list[Any], ok: Callable[[Any], bool]) -> Any:
    """The first candidate value at `path` (`_MISSING` deletes it) after which `ok(body)` holds."""
    for candidate in candidates:
        trial = copy.deepcopy(body)
        found = locate(trial, path, present=False)
        if found is None:
            return body
        container, key = found
        if candidate is _MISSING:
            if isinstance(container, dict):
                container.pop(str(key), None)
            else:
                continue
        else:
            container[key] = candidate
        if ok(trial):
            return trial
    return body


def _present(body: Any, paths: tuple[Path, ...]) -> Iterator[Path]:
    for path in paths:
        found = locate(body, path)
        if found is not None and (isinstance(found[0], list) or found[1] in found[0]):
            yield path


def _progress_candidates(example_value: Any, percent: int) -> list[Any]:
    shaped = [percent, f"{percent}%", percent / 100]
    if isinstance(example_value, str):
        shaped = [f"{percent}%", str(percent), percent, percent / 100]
    elif isinstance(example_value, float):
        shaped = [percent / 100, percent]
    return shaped


def _base(family: str, state: TaskState) -> Any:
    examples = examples_200(family)
    same = [ex for ex in examples if normalize(family, ex).state is state]
    if same:
        return copy.deepcopy(same[0])
    succeeded = [ex for ex in examples if normalize(family, ex).state is TaskState.SUCCEEDED]
    return copy.deepcopy(max(succeeded or examples, key=lambda ex: len(json.dumps(ex))))


@functools.cache
def derived_body(family: str, state: TaskState, percent: int, raw_status: str | None = None) -> bytes:
    """The body of a task in `state` at `percent` progress, with TASK_ID_MARK where the task id goes."""
    decl = _families.family(family).override
    raw = raw_status or _raw_status(family, state)
    body = _base(family, state)

    def valid(candidate: Any) -> bool:
        return not validate(family, candidate)

    def reads(check: Callable[[VideoTask], bool]) -> Callable[[Any], bool]:
        return lambda candidate: valid(candidate) and check(normalize(family, candidate, base_url="http://mock"))

    for path in _present(body, decl.status_fields):
        body = _put(body, path, [raw], valid)
    for path in _present(body, decl.fields["task_id"]):
        body = _put(body, path, [TASK_ID_MARK], valid)
    expected_state = TaskState.UNKNOWN if raw == UNKNOWN_STATUS else state
    if expected_state is not TaskState.SUCCEEDED:
        # no URL before success: clear every declared place one could be read from
        for path in _present(body, decl.fields["video_url"]):
            body = _put(body, path, [None, _MISSING, ""], reads(lambda t: t.video_url is None))
    if expected_state is TaskState.FAILED:
        # the first declared place (present ones first) that takes an error the family's way
        places = [*_present(body, decl.fields["error"]), *decl.fields["error"]]
        for path in places:
            failed = _put(
                body,
                path,
                [_ERROR_TEXT, {"code": "mock_failure", "message": _ERROR_TEXT}, {"message": _ERROR_TEXT}],
                reads(lambda t: t.error is not None),
            )
            if failed is not body:
                body = failed
                break
    else:
        for path in _present(body, decl.fields["error"]):
            body = _put(body, path, ["", None, _MISSING], reads(lambda t: t.error is None))
    if not expected_state.is_terminal:
        for path in _present(body, decl.fields["finished_at"]):
            body = _put(body, path, [0, None, _MISSING], reads(lambda t: t.finished_at is None))
    for path in list(_present(body, decl.fields["progress"]))[:1]:
        found = locate(body, path)
        current = found[0][found[1]] if found else None
        body = _put(
            body,
            path,
            _progress_candidates(current, percent),
            reads(lambda t: t.progress is not None and round(t.progress * 100) == percent),
        )
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
