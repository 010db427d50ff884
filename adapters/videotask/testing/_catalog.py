"""What the MockGateway needs to know of a family, read from its override, spec and shapes (its upstream's answers
and its own; never from its name): the routes it answers (every query operation, the result operation, the
content URL), the bodies real servers send in each state, and the family's words for success."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from attrs import field, frozen

from videotask import _families
from videotask._errors import FamilyDefinitionError
from videotask._families import Family, Operation
from videotask._task import TaskState
from videotask.definitions import Relay
from videotask.definitions._override import Override, Path
from videotask.definitions._shapes import Shape

__all__ = ["Route", "Submit", "View", "view", "views"]


@frozen
class Route:
    """A route the mock answers: `role` is query, result or content; the task (or file) id is the one
    `{param}` of the path, the `id_param` of the query string, or the `id_param` key of a JSON body (a relay that
    queries with a POST)."""

    family: str
    operation: str
    role: str
    template: str  # the path, without a query string
    id_param: str
    id_in: str  # "path" | "query" | "body"
    name: str | None = None  # the query route's short name (`get(..., route=name)`)
    method: str = "GET"

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(self.template)) + "$")

    @property
    def prefix(self) -> str:
        """The path's first segment: routes are looked up by it before any pattern is tried."""
        return "/" + self.template.lstrip("/").split("/", 1)[0]


@frozen
class Submit:
    """A create route the mock answers (`role: submit`): its POST path, and the query route (by name) the
    task it makes is read through: the one with the same route name, else the family's default."""

    family: str
    operation: str
    path: str
    name: str | None
    query: Route
    spec: dict[str, Any] = field(eq=False, repr=False)
    headers: dict[str, str] = field(factory=dict, eq=False)  # what the real API refuses a create without


@frozen
class View:
    """A family as the mock serves it: its routes, its 200 shapes, its status table."""

    name: str
    override: Override
    queries: tuple[Route, ...]  # the first is the default
    result: Route | None  # a second call for the URL (minimax files/retrieve)
    result_url: Path | None  # where the result call's answer holds the URL
    content: Route | None  # where a finished task's file is served (content_url)
    shapes: tuple[Shape, ...]
    submits: tuple[Submit, ...] = ()

    @functools.cached_property
    def kept(self) -> frozenset[tuple[str, ...]]:
        """The places an answer keeps whatever a create asked for: the task id, status, progress, result, error,
        times and file id the family's readers take (a create never names them)."""
        decl = self.override
        paths = [*decl.status_fields, *decl.submit.task_id, *(p for found in decl.fields.values() for p in found)]
        return frozenset(tuple(str(part) for part in path) for path in paths)

    @functools.cached_property
    def success_words(self) -> frozenset[str]:
        """The family's raw status words for success, casefolded."""
        values = self.override.status_values
        return frozenset(raw.casefold() for raw, state in values.items() if state is TaskState.SUCCEEDED)

    def served_state(self, state: TaskState) -> TaskState:
        """The state the family can say: one with no word in its table and no shape (kling has no
        cancelled) is served as failed, the way new-api stores an upstream cancellation as FAILURE."""
        return state if state in self._sayable else TaskState.FAILED

    @functools.cached_property
    def _sayable(self) -> tuple[TaskState, ...]:
        """A tuple, not a set: `in` compares members by identity, with no Enum.__hash__ (asked every poll)."""
        said = {s.state for s in self.shapes} | set(self.override.status_values.values())
        return tuple(said | {TaskState.FAILED})

    def shape(self, operation: str, state: TaskState) -> Shape | None:
        """The first shape of `operation` in `state`, else the first of another query route in `state`; only
        shapes of the route's kind, so a task keeps one object shape all its life (see `_kind`)."""
        queries = {route.operation for route in self.queries}
        kind = self._kind(operation, queries)
        ours = [s for s in self.shapes if s.state is state and _kind(s) == kind]
        mine = [s for s in ours if s.operation == operation]
        if mine or operation not in queries:
            return mine[0] if mine else None
        return next((s for s in ours if s.operation in queries), None)

    def _kind(self, operation: str, queries: set[str]) -> object:
        """The kind of the route's first shape (its own, else another query route's)."""
        first = next((s for s in self.shapes if s.operation == operation), None)
        if first is None and operation in queries:
            first = next((s for s in self.shapes if s.operation in queries), None)
        return None if first is None else _kind(first)

    @property
    def routes(self) -> tuple[Route, ...]:
        return (*self.queries, *(r for r in (self.result, self.content) if r is not None))


def _kind(shape: Shape) -> object:
    """What tells one object shape from another on a route: the OpenAI-style `object` discriminator (`video`
    for the official object, `video.generation` for a relay's), None for a body without one. A client that
    parses the first answer's shape (the openai SDK, LiteLLM) must get the same shape until the task ends."""
    return shape.body.get("object") if isinstance(shape.body, dict) else None


def _route(fam: Family, op: Operation) -> Route:
    if op.relay_route is not None:  # a relay's route: the path without its query string, the method it takes
        path = op.path.partition("?")[0]
        if op.id_param is None or op.id_in is None:
            raise FamilyDefinitionError(f"family {fam.name!r}: relay route {op.relay_route} takes no id to serve")
        return Route(fam.name, op.id, op.role, path, op.id_param, op.id_in, op.route, op.method)
    if op.id_param is None or op.id_in is None:
        raise FamilyDefinitionError(f"family {fam.name!r}: operation {op.id!r} takes no single id to serve")
    return Route(fam.name, op.id, op.role, op.path, op.id_param, op.id_in, op.route)


@functools.cache
def view(name: str, relay: Relay | None = None) -> View:
    """The family as the mock serves it, at `relay`'s routes when given (cached: read on every request)."""
    fam = _families.family(name) if relay is None else _families.family(name).on(relay)
    decl = fam.override
    result = None if fam.result is None else _route(fam, fam.result)
    result_url = decl.result.url[0] if decl.result is not None and decl.result.url else None
    content = None
    if decl.content_url:
        content = Route(name, "content", "content", decl.content_url, "task_id", "path")
    shapes = tuple(s for s in fam.shapes if s.status == 200)  # error answers are not lifecycle bodies
    queries = tuple(_route(fam, op) for op in fam.queries)
    by_name = {route.name: route for route in queries}
    submits = tuple(
        Submit(name, op.id, op.path.partition("?")[0], op.route, by_name.get(op.route, queries[0]), op.spec,
               dict(op.headers))
        for op in fam.submits
    )  # fmt: skip
    return View(name, decl, queries, result, result_url, content, shapes, submits)


def views(names: Iterable[str] | None = None, relay: Relay | None = None) -> tuple[View, ...]:
    """The families served: `names`, else every family (on a relay: every family it serves)."""
    default = _families.families() if relay is None else tuple(relay.families)
    return tuple(view(name, relay) for name in (names or default))
