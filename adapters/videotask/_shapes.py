"""Server shapes: `specs/shapes/<family>.yaml`, answers written by hand from public definitions.

Each shape is a body a real server sends, the state it means and the public source it was written from.
The spec pipeline merges them into the spec as examples (beside the doc's own), the MockGateway serves them,
so both tell what servers send rather than what a doc printed once. Errors come back as values.
"""

from __future__ import annotations

import re
from typing import Any

from attrs import field, frozen

from videotask._task import TaskState

__all__ = ["Shape", "parse_shapes"]

_KEYS = {"name", "state", "source", "operation", "status", "body"}


@frozen
class Shape:
    name: str
    state: TaskState
    operation: str  # operationId the body answers
    status: int  # HTTP status
    source: str  # the public definition it was written from
    body: Any = field(eq=False, repr=False)


def parse_shapes(data: Any, family: str, operations: dict[str, str]) -> tuple[tuple[Shape, ...], list[str]]:
    """`operations` maps operation ids to roles; a shape with no `operation` answers the first query."""
    if data is None:
        return (), []
    items = data.get("shapes") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return (), [f"{family} shapes: the file must hold `shapes:`, a list"]
    default = next((op for op, role in operations.items() if role == "query"), "")
    states = {s.value: s for s in TaskState}
    errors: list[str] = []
    shapes: list[Shape] = []
    for n, item in enumerate(items):
        where = f"{family} shapes[{n}]"
        if not isinstance(item, dict):
            errors.append(f"{where} must be a mapping")
            continue
        for key in sorted(set(item) - _KEYS):
            errors.append(f"{where}: unknown key {key!r} (known: {', '.join(sorted(_KEYS))})")
        name = item.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
            errors.append(f"{where}.name must be lower-case words joined by -")
        if item.get("state") not in states:
            errors.append(f"{where}.state must be one of {', '.join(states)}")
        if not isinstance(item.get("source"), str) or not item["source"].strip():
            errors.append(f"{where}.source must name the public definition the body was written from")
        operation = item.get("operation", default)
        if operation not in operations:
            errors.append(f"{where}.operation {operation!r} is not one of the family's operations")
        status = item.get("status", 200)
        if not isinstance(status, int) or not 100 <= status <= 599:
            errors.append(f"{where}.status must be an HTTP status code")
        if "body" not in item:
            errors.append(f"{where} has no body")
        if not errors:
            shapes.append(Shape(str(name), states[item["state"]], operation, status, str(item["source"]), item["body"]))
    names = [s.name for s in shapes]
    errors += [f"{family} shapes: name {n!r} is used twice" for n in sorted({n for n in names if names.count(n) > 1})]
    return (tuple(shapes), errors) if not errors else ((), errors)
