"""What the MockGateway needs to know of a family, read from its declaration, spec and shapes (never from its
name): the routes it answers (every query operation, the result operation, the content URL), the bodies real
servers send in each state, and the family's words for success."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

from attrs import frozen

from adapters import _families
from adapters._declarations import FamilyDeclaration, Path, parse_path
from adapters._task import TaskState

__all__ = ["Route", "Shape", "View", "view", "views"]


@frozen
class Route:
    """A route the mock answers: `role` is query, result or content; the task (or file) id is the one
    `{param}` of the path or the `id_param` of the query string."""

    family: str
    operation: str
    role: str
    template: str
    id_param: str
    id_in: str  # "path" | "query"

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(self.template)) + "$")

    @property
    def prefix(self) -> str:
        """The path's first segment: routes are looked up by it before any pattern is tried."""
        return "/" + self.template.lstrip("/").split("/", 1)[0]


@frozen
class Shape:
    """A server answer written by hand from public definitions: what a body in `state` looks like."""

    name: str
    state: TaskState
    operation: str
    status: int
    body: Any


@frozen
class View:
    name: str
    declaration: FamilyDeclaration
    queries: tuple[Route, ...]  # the first is the default
    result: Route | None  # a second call for the URL (minimax files/retrieve)
    result_url: Path | None  # where the result call's answer holds the URL
    content: Route | None  # where a finished task's file is served (content_url)
    shapes: tuple[Shape, ...]

    @functools.cached_property
    def success_words(self) -> frozenset[str]:
        """The family's raw status words for success, casefolded."""
        values = self.declaration.status_values
        return frozenset(raw.casefold() for raw, state in values.items() if state is TaskState.SUCCEEDED)

    def shape(self, operation: str, state: TaskState) -> Shape | None:
        """The first shape of `operation` in `state`, else the first of another query route in `state`."""
        queries = {route.operation for route in self.queries}
        mine = [s for s in self.shapes if s.state is state and s.operation == operation]
        if mine or operation not in queries:
            return mine[0] if mine else None
        return next((s for s in self.shapes if s.state is state and s.operation in queries), None)

    @property
    def routes(self) -> tuple[Route, ...]:
        return (*self.queries, *(r for r in (self.result, self.content) if r is not None))


def _id_param(template: str, parameters: Iterable[Mapping[str, Any]]) -> tuple[str, str]:
    """The one required id of an operation: its path parameter, else its required query parameter."""
    in_path = re.findall(r"\{([^}]+)\}", template)
    if in_path:
        return in_path[0], "path"
    required = [p["name"] for p in parameters if p.get("in") == "query" and p.get("required")]
    named = [p["name"] for p in parameters if p.get("in") == "query"]
    if not (required or named):
        raise ValueError(f"{template}: the operation takes no task id")
    return (required or named)[0], "query"


def _spec_route(family: str, operation: str, role: str) -> Route:
    for template, item in _families.spec(family)["paths"].items():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation:
                name, where = _id_param(template, [*item.get("parameters", []), *op.get("parameters", [])])
                return Route(family, operation, role, template, name, where)
    raise LookupError(f"family {family!r}: operation {operation!r} is not in its spec")


def _parse_shapes(family: str, data: Any, default_operation: str) -> tuple[Shape, ...]:
    shapes = []
    for item in (data or {}).get("shapes") or ():
        shapes.append(
            Shape(
                name=str(item["name"]),
                state=TaskState(item["state"]),
                operation=str(item.get("operation") or default_operation),
                status=int(item.get("status", 200)),
                body=item["body"],
            )
        )
    return tuple(shapes)


def _load_shapes(family: str, default_operation: str) -> tuple[Shape, ...]:
    """Shapes read from specs/shapes/<family>.yaml (until `family(name).shapes` serves them)."""
    import yaml

    path = _families.SPECS_DIR / "shapes" / f"{family}.yaml"
    if not path.is_file():
        return ()
    return _parse_shapes(family, yaml.safe_load(path.read_text(encoding="utf-8")), default_operation)


def _content(family: str, decl: FamilyDeclaration) -> Route | None:
    if not decl.content_url:
        return None
    return Route(family, "content", "content", decl.content_url, "task_id", "path")


@functools.cache
def view(family: str) -> View:
    """The family as the mock serves it (cached: the mock reads it on every request)."""
    resolved = getattr(_families, "family", None)
    if resolved is not None:
        return _view_of(resolved(family))
    decl = _families.declaration(family)
    query = _spec_route(family, decl.operation_id, "query")
    return View(family, decl, (query,), None, None, _content(family, decl), _load_shapes(family, query.operation))


def _view_of(fam: Any) -> View:
    """From the resolved family object (`adapters._families.family`)."""
    decl = fam.declaration
    queries = tuple(Route(fam.name, op.id, "query", op.path, op.id_param, op.id_in) for op in fam.queries)
    result = result_url = None
    if fam.result is not None:
        op = fam.result
        result = Route(fam.name, op.id, "result", op.path, op.id_param, op.id_in)
        declared = getattr(decl, "result", None)
        url = getattr(declared, "url", None)
        result_url = parse_path(url) if isinstance(url, str) else url
    shapes = tuple(Shape(s.name, TaskState(s.state), s.operation, s.status, s.body) for s in fam.shapes)
    return View(fam.name, decl, queries, result, result_url, _content(fam.name, decl), shapes)


def views(names: Iterable[str] | None = None) -> tuple[View, ...]:
    return tuple(view(name) for name in (names or _families.families()))
