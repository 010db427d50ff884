"""Real answers: what servers send, written by hand from public definitions, each with its source.

An upstream's own answers (per state and call: query, submit, result) are written once, in its definition
(`answers:` of specs/upstreams/<upstream>.yaml), and belong to every family on that upstream; what only a family's
routes answer (a relay's variant, a wrapper's body with facts of its own, a family with no upstream) is in
specs/shapes/<family>.yaml. `parse_shapes` gives a family both as one list of Shapes, the upstream's first: the
spec pipeline merges them into the spec as examples (beside the doc's own), the MockGateway serves them, the
importer fills a doc with no usable answer from them. Errors come back as values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from videotask._task import TaskState
from videotask.definitions._check import problems

if TYPE_CHECKING:
    from videotask.definitions._override import OperationOverride

__all__ = ["Shape", "parse_shapes"]


@frozen
class Shape:
    name: str
    state: TaskState
    operation: str  # operationId the body answers
    status: int  # HTTP status
    source: str  # the public definition it was written from
    body: Any = field(eq=False, repr=False)
    origin: str = ""  # the file it is written in: specs/upstreams/<u>.yaml or specs/shapes/<family>.yaml


def parse_shapes(
    data: Any,
    family: str,
    operations: Sequence[OperationOverride],
    upstream: Any = None,
) -> tuple[tuple[Shape, ...], list[str]]:
    """The family's real answers: its upstream's `answers` (`upstream`, the upstream file's data, already
    checked), each on the family's operation of its call (and route name), then its own file's (`data`), each on
    its `operation` (none: the first query). An upstream answer to a call the family does not make is not the
    family's. Every problem of the family's file (its JSON Schema first, then operations and names) comes back as
    a value."""
    errors = [] if data is None else problems("shapes", data, f"{family} shapes")
    if errors:
        return (), errors
    ids = {op.id for op in operations}
    default = next((op.id for op in operations if op.role == "query"), "")
    shapes: list[Shape] = []
    if upstream is not None:
        where = f"specs/upstreams/{upstream['upstream']}.yaml"
        for item in upstream["answers"]:
            call, route = item.get("call", "query"), item.get("route")
            mine = [op for op in operations if op.role == call]
            op = next((op for op in mine if op.route == route), mine[0] if mine else None)
            if op is not None:
                shapes.append(_shape(item, op.id, where))
    for n, item in enumerate(data["shapes"] if data is not None else ()):
        operation = item.get("operation", default)
        if operation not in ids:
            errors.append(f"{family} shapes: shapes.{n}.operation {operation!r} is not one of the family's operations")
            continue
        shapes.append(_shape(item, operation, f"specs/shapes/{family}.yaml"))
    names = [s.name for s in shapes]
    errors += [f"{family} shapes: name {n!r} is used twice" for n in sorted({n for n in names if names.count(n) > 1})]
    return (tuple(shapes), errors) if not errors else ((), errors)


def _shape(item: dict[str, Any], operation: str, origin: str) -> Shape:
    state = TaskState(item["state"])
    return Shape(item["name"], state, operation, item.get("status", 200), item["source"], item["body"], origin)
