"""Server shapes: `specs/shapes/<family>.yaml`, answers written by hand from public definitions.

Each shape is a body a real server sends, the state it means and the public source it was written from.
The spec pipeline merges them into the spec as examples (beside the doc's own), the MockGateway serves them,
so both tell what servers send rather than what a doc printed once. Errors come back as values.
"""

from __future__ import annotations

from typing import Any

from attrs import field, frozen

from videotask._task import TaskState
from videotask.definitions._check import problems

__all__ = ["Shape", "parse_shapes"]


@frozen
class Shape:
    name: str
    state: TaskState
    operation: str  # operationId the body answers
    status: int  # HTTP status
    source: str  # the public definition it was written from
    body: Any = field(eq=False, repr=False)


def parse_shapes(data: Any, family: str, operations: dict[str, str]) -> tuple[tuple[Shape, ...], list[str]]:
    """`operations` maps operation ids to roles; a shape with no `operation` answers the first query. Every
    problem of the file (its JSON Schema first, then operations and names) comes back as a value."""
    if data is None:
        return (), []
    errors = problems("shapes", data, f"{family} shapes")
    if errors:
        return (), errors
    default = next((op for op, role in operations.items() if role == "query"), "")
    shapes: list[Shape] = []
    for n, item in enumerate(data["shapes"]):
        operation = item.get("operation", default)
        if operation not in operations:
            errors.append(f"{family} shapes: shapes.{n}.operation {operation!r} is not one of the family's operations")
            continue
        state = TaskState(item["state"])
        shapes.append(Shape(item["name"], state, operation, item.get("status", 200), item["source"], item["body"]))
    names = [s.name for s in shapes]
    errors += [f"{family} shapes: name {n!r} is used twice" for n in sorted({n for n in names if names.count(n) > 1})]
    return (tuple(shapes), errors) if not errors else ((), errors)
