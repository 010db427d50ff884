"""Relays: `specs/relays/<relay>.yaml`, the routes one relay serves for each family it serves.

A relay changes where a family's operations live (the path, where the id goes: the path, the query string or a
JSON body; the method: some relays query with a POST). What its answers say is the family's reading (its upstream's
words and paths, its wrappers'), plus what the relay adds, written under the family in the relay file: more status
words (`status: {values: {in_queue: queued}}`), more status fields, more field paths (`fields: {video_url:
data.output.url}`), each tried after the family's own. A word the family reads already keeps its meaning: one
that would change it is an error, never a silent choice. A family a relay file does not name is not on that relay.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote

import attrs
from attrs import field, frozen

from videotask._task import TaskState
from videotask.definitions._check import problems
from videotask.definitions._override import Path, parse_paths

if TYPE_CHECKING:
    from videotask.definitions._override import Override

__all__ = [
    "PLACEHOLDERS",
    "Relay",
    "RelayReading",
    "RelayRoute",
    "load_relay",
    "parse_relay",
    "parse_route",
    "read_relay",
]

PLACEHOLDERS = {"query": "task_id", "result": "file_id"}  # what a route of each role takes; a submit takes none
# A route written unquoted inside a flow mapping (`query: {a: GET /x/{task_id}, b: ...}`, the form people write
# by hand) is no YAML: its braces open a mapping. Such a route ends at a comma, a closing brace or the line's end.
_UNQUOTED_ROUTE = re.compile(
    r"(?<=[{,:]\s)((?:GET|POST|PUT|PATCH|DELETE) /(?:[^\s,{}]|\{\w+\})*)(?=\s*[,}]|\s*$)", re.M
)
_LINE = re.compile(r"^(?P<method>[A-Z]+) (?P<path>/[^ ]*)(?: (?P<body>\{.*\}))?$")


@frozen
class RelayRoute:
    """One operation of a family on a relay: `{task_id}` (or `{file_id}`) marks where the id goes."""

    role: str  # query | submit | result
    name: str | None  # the `route=` name (kling: text2video); None where the family has one route for the role
    method: str
    path: str  # with its query string, if any: /minimaxi/v1/query/video_generation?task_id={task_id}
    body: Mapping[str, Any] | None = field(default=None, eq=False)  # a JSON body template, for a POST query

    def __str__(self) -> str:
        body = f" {json.dumps(self.body, ensure_ascii=False, separators=(', ', ': '))}" if self.body else ""
        return f"{self.method} {self.path}{body}"

    @property
    def id_in(self) -> str | None:
        """Where the id goes: "path", "query", "body", or None (a submit)."""
        mark = "{" + PLACEHOLDERS.get(self.role, "") + "}"
        route, _, query = self.path.partition("?")
        if mark in route:
            return "path"
        if mark in query:
            return "query"
        if self.body and mark in json.dumps(self.body):
            return "body"
        return None

    @property
    def id_param(self) -> str | None:
        """The id's name where it goes: the placeholder's in the path, the query key, the body key."""
        mark = "{" + PLACEHOLDERS.get(self.role, "") + "}"
        _, _, query = self.path.partition("?")
        where = self.id_in
        if where == "path":
            return mark.strip("{}")
        if where == "query":
            return next((k for k, v in parse_qsl(query) if v == mark), None)
        if where == "body":
            return next((k for k, v in (self.body or {}).items() if v == mark), None)
        return None

    def request(self, value: str) -> tuple[str, str, dict[str, Any] | None]:
        """(method, path with query, JSON body or None) with `value` in the id's place: percent-encoded whole in
        the path and the query string (a `/` or `&` in an id cannot leave its place), as text in the body."""
        mark = "{" + PLACEHOLDERS.get(self.role, "") + "}"
        route, sep, query = self.path.partition("?")
        path = route.replace(mark, quote(value, safe=""))
        if sep:
            path += "?" + query.replace(mark, quote(value, safe=""))
        return self.method, path, _fill(self.body, mark, value) if self.body is not None else None


def _fill(template: Any, mark: str, value: str) -> Any:
    if isinstance(template, str):
        return value if template == mark else template.replace(mark, value)
    if isinstance(template, dict):
        return {k: _fill(v, mark, value) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, mark, value) for v in template]
    return template


@frozen
class RelayReading:
    """What one relay's answers add to a family's reading: status fields, status words, field paths."""

    status_fields: tuple[Path, ...] = ()
    status_values: Mapping[str, TaskState] = field(factory=dict)
    fields: Mapping[str, tuple[Path, ...]] = field(factory=dict)

    def extend(self, own: Override, where: str, read: Override | None = None) -> tuple[Override, list[str]]:
        """`own` (a family's reading before its wrappers) with this relay's fields, words and paths after its own;
        a word `read` (the whole reading, its wrappers' words too; else `own`) means otherwise is a problem, named
        with `where`."""
        errors: list[str] = []
        values = dict(own.status_values)
        for raw, state in self.status_values.items():
            known = (read or own).state_of(raw)
            if known is not None and known is not state:
                errors.append(f"{where}.status.values.{raw}: means {state.value} here but {known.value} to the family")
            elif own.state_of(raw) is None:
                values[raw] = state
        fields = dict(own.fields)
        for name, paths in self.fields.items():
            fields[name] = tuple(dict.fromkeys((*fields.get(name, ()), *paths)))
        return attrs.evolve(
            own,
            status_fields=tuple(dict.fromkeys((*own.status_fields, *self.status_fields))),
            status_values=values,
            status_lookup={raw.casefold(): state for raw, state in values.items()},
            fields=fields,
        ), errors


@frozen(eq=False)  # one object per relay file read (videotask._families.relay caches it): identity is equality
class Relay:
    name: str
    title: str
    sources: tuple[str, ...]
    families: Mapping[str, tuple[RelayRoute, ...]]
    readings: Mapping[str, RelayReading] = field(factory=dict)  # per family: what its answers add here

    def routes(self, family: str, role: str) -> tuple[RelayRoute, ...]:
        return tuple(r for r in self.families.get(family, ()) if r.role == role)


def load_relay(text: str) -> Any:
    """The relay file's data; routes left unquoted in a flow mapping are quoted first when strict YAML refuses
    them. ValueError, in one line with the place, when it is still no YAML."""
    import yaml  # on first read: `import videotask` stays cheap

    try:
        return yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as strict:
        try:
            return yaml.load(_UNQUOTED_ROUTE.sub(r'"\1"', text), Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            raise ValueError(f"not YAML: {' '.join(str(strict).split())}") from None


def read_relay(text: str, name: str, known_families: tuple[str, ...]) -> tuple[Relay | None, list[str]]:
    """A relay file's text -> the relay, or every problem (its YAML's first)."""
    try:
        data = load_relay(text)
    except ValueError as exc:
        return None, [f"relay {name}: {exc}"]
    return parse_relay(data, name, known_families)


def parse_relay(data: Any, name: str, known_families: tuple[str, ...]) -> tuple[Relay | None, list[str]]:
    """The relay, or every problem of the file: its shape (the JSON Schema), families nobody defines, routes with
    no place for the id. Each problem names the file's relay and the route."""
    where = f"relay {name}"
    errors = problems("relay", data, where)
    if errors:
        return None, errors
    if data["relay"] != name:
        errors.append(f"{where}: relay: must be {name!r}, the file's name")
    families: dict[str, tuple[RelayRoute, ...]] = {}
    readings: dict[str, RelayReading] = {}
    for family, roles in data["families"].items():
        if family not in known_families:
            errors.append(f"{where}: families.{family}: no such family (known: {', '.join(known_families)})")
            continue
        routes: list[RelayRoute] = []
        for role in ("query", "submit", "result"):
            given = roles.get(role)
            if given is None:
                continue
            named = given.items() if isinstance(given, dict) and "method" not in given else [(None, given)]
            for route_name, raw in named:
                try:
                    route = parse_route(role, route_name, raw)
                except ValueError as exc:
                    errors.append(f"{where}: families.{family}.{role}: {raw!r}: the body is not JSON ({exc})")
                    continue
                mark = PLACEHOLDERS.get(role)
                if mark and route.id_in is None:
                    errors.append(f"{where}: families.{family}.{role}: {route} has no place for {{{mark}}}")
                routes.append(route)
        families[family] = tuple(routes)
        if "status" in roles or "fields" in roles:
            readings[family] = _reading(roles)
    if errors:
        return None, errors
    return Relay(name, str(data.get("title") or name), tuple(data.get("sources") or ()), families, readings), []


def _reading(entry: Mapping[str, Any]) -> RelayReading:
    status = entry.get("status") or {}
    return RelayReading(
        status_fields=parse_paths(status.get("fields", [])),
        status_values={str(raw): TaskState(state) for raw, state in (status.get("values") or {}).items()},
        fields={name: parse_paths(value) for name, value in (entry.get("fields") or {}).items()},
    )


def parse_route(role: str, name: str | None, raw: Any) -> RelayRoute:
    """One route as a relay file writes it: `METHOD /path?query [JSON body]`, or the long form; ValueError for a
    body that is no JSON object."""
    if isinstance(raw, dict):
        return RelayRoute(role, name, raw["method"], raw["path"], raw.get("body"))
    match = _LINE.match(raw)
    assert match is not None  # the schema's pattern admitted it
    body = json.loads(match["body"]) if match["body"] else None  # JSONDecodeError is a ValueError
    if body is not None and not isinstance(body, dict):
        raise ValueError("a JSON object was expected")
    return RelayRoute(role, name, match["method"], match["path"], body)
