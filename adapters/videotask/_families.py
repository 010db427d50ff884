"""Families, resolved once: `family(name)` -> one Family holding its override, spec, operations, shapes,
compiled validators and compiled reader, so nothing downstream looks a family up again.

Everything is loaded lazily, once per family, so `import videotask` stays cheap.
"""

from __future__ import annotations

import copy
import functools
import importlib
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from attrs import field, frozen

from videotask._errors import FamilyDefinitionError, UnknownFamily, UnknownRelay, UnknownRoute
from videotask._normalize import compile_reader
from videotask._paths import compile_first, walk
from videotask.definitions import (
    Relay,
    RelayRoute,
    Wrapper,
    load_override,
    load_shapes,
    load_wrapper,
    load_yaml,
    on_relay,
    read_relay,
    specs_dir,
)
from videotask.definitions import families as _families_in
from videotask.definitions import relays as _relays_in
from videotask.definitions._override import OperationOverride, Override
from videotask.definitions._shapes import Shape

if TYPE_CHECKING:
    from videotask._task import VideoTask

__all__ = ["SPECS_DIR", "Family", "Operation", "families", "family", "relay"]

T = TypeVar("T")


SPECS_DIR = specs_dir()


def families() -> tuple[str, ...]:
    return _families_in(SPECS_DIR)


@frozen
class Operation:
    """One operation of a family, as declared and as the spec describes it."""

    id: str
    role: str  # query | submit | result
    method: str
    path: str
    route: str | None
    model: str
    id_param: str | None  # the one required path or query parameter (the task id, the file id)
    id_in: str | None  # "path" | "query"
    family: str
    spec: dict[str, Any] = field(eq=False, repr=False)  # the operation object in the spec
    headers: Mapping[str, str] = field(factory=dict, eq=False)  # always sent (declared; header params in the spec)
    relay_route: RelayRoute | None = None  # on a relay: its route (the path, the id's place, a body template)

    @property
    def module(self) -> ModuleType:
        """The generated module: `generated.<family>.api.<tag>.<operation id>`."""
        return _module(self.family, self.spec["tags"][0], self.id)

    def response_schema(self, status: int = 200, components: dict[str, Any] | None = None) -> dict[str, Any]:
        """The schema of a response with `status` (its own entry, else `default`), with `components` beside
        it so a JSON Schema validator can resolve its references."""
        responses = self.spec["responses"]
        response = responses.get(str(status)) or responses.get("default")
        if response is None:
            raise FamilyDefinitionError(
                f"{self.family}.{self.id} declares no response for HTTP {status} and no default"
            )
        schema = (response.get("content") or {}).get("application/json", {}).get("schema") or {}
        return {**schema, "components": components or {}}


@functools.cache
def _module(family: str, tag: str, operation_id: str) -> ModuleType:
    return importlib.import_module(f"videotask.clients.{family}.api.{tag}.{operation_id}")


def _id_param(op: dict[str, Any]) -> tuple[str | None, str | None]:
    required = [p for p in op.get("parameters") or () if p.get("required") and p.get("in") in ("path", "query")]
    if len(required) == 1:
        return str(required[0]["name"]), str(required[0]["in"])
    return None, None


class Family:
    """A family resolved once: what every layer needs of it, built on first use and kept."""

    def __init__(self, override: Override, spec: dict[str, Any], shapes: tuple[Shape, ...]) -> None:
        self.name = override.family
        self.override = override
        self.spec = spec
        self.shapes = shapes
        self.components: dict[str, Any] = spec.get("components", {})
        in_spec = {
            (method.upper(), path): op
            for path, item in spec.get("paths", {}).items()
            for method, op in item.items()
            if isinstance(op, dict)
        }
        operations = []
        for declared in override.operations:
            op = in_spec.get((declared.method, declared.path))
            if op is None or op.get("operationId") != declared.id:
                raise FamilyDefinitionError(f"family {self.name!r}: operation {declared.id!r} is not in its spec")
            operations.append(_operation(self.name, declared, op))
        self.operations: tuple[Operation, ...] = tuple(operations)
        self.queries = tuple(op for op in self.operations if op.role == "query")
        self.submits = tuple(op for op in self.operations if op.role == "submit")
        result = override.result
        self.result: Operation | None = self.operation(result.operation) if result else None
        self._validators: dict[tuple[str, int | str], Any] = {}
        self._reader: Callable[..., VideoTask] | None = None
        self._memo: dict[str, Any] = {}
        self.relay: Relay | None = None  # the relay whose routes this view uses (see `on`); None: its own

    def __repr__(self) -> str:
        return f"Family({self.name!r})" if self.relay is None else f"Family({self.name!r}, relay={self.relay.name!r})"

    def on(self, relay: Relay) -> Family:
        """This family at `relay`'s routes: the same spec and validators (a relay changes where an operation lives),
        and the same reading unless the relay file adds words or paths for the family (`definitions.on_relay`):
        then a reader of its own. A relay route maps to the family's operation of the same role and route name,
        else to the role's default operation; UnknownFamily where the relay lacks it."""
        routes = relay.families.get(self.name)
        if routes is None:
            raise UnknownFamily(
                f"family {self.name!r} is not on relay {relay.name!r} (it serves {', '.join(relay.families)})"
            )
        view = copy.copy(self)  # shares the memo and the compiled validators: they depend on the spec alone
        if self.name in relay.readings:  # the relay's words and paths: another reading, compiled for this view
            view.override, errors = on_relay(self.override, relay, SPECS_DIR)
            if errors:
                raise FamilyDefinitionError(f"relay {relay.name!r} is invalid for {self.name!r}: {'; '.join(errors)}")
            view._reader, view._memo = None, {}
        by_role = {"query": self.queries, "submit": self.submits, "result": (self.result,) if self.result else ()}
        moved = []
        for route in routes:
            own = by_role[route.role]
            if not own:
                raise FamilyDefinitionError(f"relay {relay.name!r}: family {self.name!r} declares no {route.role}")
            base = next((op for op in own if op.route == route.name), own[0])
            moved.append(attrs.evolve(
                base, method=route.method, path=route.path, route=route.name, id_param=route.id_param,
                id_in=route.id_in, relay_route=route,
            ))  # fmt: skip
        view.relay = relay
        view.operations = tuple(moved)
        view.queries = tuple(op for op in moved if op.role == "query")
        view.submits = tuple(op for op in moved if op.role == "submit")
        view.result = next((op for op in moved if op.role == "result"), None)
        if self.result is not None and view.result is None:  # the relay says nothing of it: the family's own
            view.result = self.result
        return view

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.id == operation_id:
                return op
        raise FamilyDefinitionError(f"family {self.name!r} has no operation {operation_id!r}")

    def query(self, route: str | None = None) -> Operation:
        """The query operation for `route` (None: the default, the first declared)."""
        return self._by_route(self.queries, "query", route)

    def submit(self, route: str | None = None) -> Operation:
        """The submit operation for `route` (None: the first declared)."""
        return self._by_route(self.submits, "submit", route)

    def _by_route(self, operations: tuple[Operation, ...], role: str, route: str | None) -> Operation:
        if not operations:
            raise UnknownRoute(f"family {self.name!r} declares no {role} operation")
        if route is None:
            return operations[0]
        for op in operations:
            if op.route == route:
                return op
        if len(operations) == 1 and operations[0].route is None and self.relay is not None:
            return operations[0]  # a relay with one unnamed route for the role serves every route name
        known = ", ".join(op.route for op in operations if op.route) or "none"
        raise UnknownRoute(f"family {self.name!r} has no {role} route {route!r} (routes: {known})")

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """Something compiled from this family (readers, validators), built on first use and kept with it."""
        if key not in self._memo:
            self._memo[key] = build()
        found: T = self._memo[key]
        return found

    def validator(self, operation: Operation, status: int) -> tuple[Any, dict[str, Any]]:
        """A compiled jsonschema-rs validator for one response, built on first use."""
        found = self._validators.get((operation.id, status))
        if found is None:
            found = self._compile((operation.id, status), operation.response_schema(status, self.components))
        return found

    def request_validator(self, operation: Operation, media: str) -> tuple[Any, dict[str, Any]] | None:
        """A compiled validator for the request body `operation` takes as `media`; None when it declares none."""
        found = self._validators.get((operation.id, media))
        if found is None:
            content = (operation.spec.get("requestBody") or {}).get("content") or {}
            schema = (content.get(media) or {}).get("schema")
            if schema is None:
                return None
            found = self._compile((operation.id, media), {**schema, "components": self.components})
        return found

    def _compile(self, key: tuple[str, int | str], schema: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        import jsonschema_rs  # on first use (a few ms): the plugin and the command import this module

        # formats too: an id the spec says is a UUID must be one (unknown formats, such as `binary`, pass)
        found = self._validators[key] = (jsonschema_rs.Draft202012Validator(schema, validate_formats=True), schema)
        return found

    @property
    def reader(self) -> Callable[..., VideoTask]:
        """body -> VideoTask, compiled from the override once (see videotask._normalize)."""
        if self._reader is None:
            self._reader = compile_reader(self.override)
        return self._reader

    def unwrap(self, body: Any) -> tuple[bool, Any]:
        """(whether `body` is in one of the wrappers the family names, the upstream answer it keeps or None)."""
        for wrapper in self.memo("wrappers", self._wrappers):
            if wrapper.recognises(body):
                return True, None if wrapper.body is None else walk(body, wrapper.body)
        return False, None

    def _wrappers(self) -> tuple[Wrapper, ...]:
        found = [load_wrapper(name, SPECS_DIR)[0] for name in self.override.wrappers]
        return tuple(w for w in found if w is not None)  # a broken one failed the override's loading already

    def result_url(self, body: Any) -> str | None:
        """The video URL in a result call's answer (`result.url`), or None."""
        paths = self.override.result.url if self.override.result else ()
        read = self.memo("result_url", lambda: compile_first(paths, "url", "result_url"))
        found: str | None = read(body)
        return found


def _operation(family: str, declared: OperationOverride, op: dict[str, Any]) -> Operation:
    id_param, id_in = _id_param(op)
    return Operation(
        declared.id, declared.role, declared.method, declared.path, declared.route, declared.model,
        id_param, id_in, family, op, dict(declared.headers),
    )  # fmt: skip


@functools.cache
def family(name: str) -> Family:
    """The family `name`, resolved once; UnknownFamily for a name with no files,
    FamilyDefinitionError for broken ones."""
    if name not in families():
        raise UnknownFamily(f"unknown family {name!r} (known: {', '.join(families())})")
    parsed, errors = load_override(name, SPECS_DIR)
    if parsed is None:
        raise FamilyDefinitionError(f"family {name!r} has an invalid override: {'; '.join(errors)}")
    shapes, errors = load_shapes(parsed, SPECS_DIR)
    if errors:
        raise FamilyDefinitionError(f"family {name!r} has invalid shapes: {'; '.join(errors)}")
    return Family(parsed, load_yaml(SPECS_DIR / f"{name}.yaml"), shapes)


@functools.cache
def relay(name_or_path: str) -> Relay:
    """A shipped relay by name (specs/relays/<name>.yaml) or a relay file by path; FamilyDefinitionError with
    every problem of a broken one."""
    text = name_or_path
    path = Path(text) if text.endswith((".yaml", ".yml")) or os.sep in text else SPECS_DIR / "relays" / f"{text}.yaml"
    if not path.is_file():
        known = ", ".join(_relays_in(SPECS_DIR)) or "none"
        raise UnknownRelay(f"unknown relay {text!r}: no file {path} (shipped relays: {known})")
    parsed, errors = read_relay(path.read_text(encoding="utf-8"), path.stem, families())
    if parsed is None:
        raise FamilyDefinitionError(f"relay file {path} is invalid: {'; '.join(errors)}")
    return parsed


def resolve(name: str, relay_name: str | os.PathLike[str] | Relay | None = None) -> Family:
    """`family(name)`, at a relay's routes when one is given (a name, a path or a Relay)."""
    found = family(name)
    if relay_name is None:
        return found
    return found.on(relay_name if isinstance(relay_name, Relay) else relay(os.fspath(relay_name)))
