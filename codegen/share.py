"""Each model shape generated once: the spec of the shared models, and the marks that point family classes to them.

openapi-python-client makes one package per spec and cannot import another package's models, and it makes a class
for every schema written inline, so a shape several schemas have (the relays' ErrorResponse in every family, Ark's
usage in two, Kling's task info in six places of one spec) would become a class for each. Here every schema that
becomes a class (an object or an enum) gets a key: its canonical form, `$ref`s resolved, prose (descriptions,
titles, examples), `x-` marks and an `additionalProperties: true` (JSON Schema's default) left out. A key two or
more such schemas have, in one spec or in several, is a shared shape: it is written once into
specs/shared/models.yaml (generated as `videotask.clients.shared`), and each family's module for it re-exports that
class under the family's own class name (codegen/templates/model.py.jinja, str_enum.py.jinja, int_enum.py.jinja).
The family specs themselves stay as they are; the marks are added to the copy the generator reads. Pure functions:
codegen.generate does the reading and writing."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["MARK", "PACKAGE", "SHAPE", "classes", "enum_shape", "marked", "names", "shared_spec"]

PACKAGE = "shared"  # generated/shared -> videotask.clients.shared; no family may take the name
MARK = "x-videotask-shared"  # on an object schema in the generator's copy of a family spec: the shared class's name
SHAPE = "x-videotask-shape"  # on each class of the shared spec: the digest of its key, by which families find it
_PROSE = {"description", "title", "example", "examples", "summary", "deprecated", "externalDocs"}
_VALUES = {"enum", "const", "default", "required"}  # lists and values, not schemas: kept as they are
_WORD = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")

Schema = dict[str, Any]


def _resolve(node: Schema, spec: Schema) -> Schema:
    target: Any = spec
    for part in node["$ref"].removeprefix("#/").split("/"):
        target = target[part]
    siblings = {k: v for k, v in node.items() if k != "$ref"}
    return {**target, **siblings} if siblings else dict(target)


def _canon(node: Any, spec: Schema, seen: tuple[str, ...] = ()) -> Any:
    if isinstance(node, list):
        return [_canon(item, spec, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        if node["$ref"] in seen:  # a recursive schema: named by its place in the cycle, not expanded again
            return {"$recursive": node["$ref"]}
        return _canon(_resolve(node, spec), spec, (*seen, node["$ref"]))
    return {
        k: v if k in _VALUES else _canon(v, spec, seen)
        for k, v in sorted(node.items())
        if k not in _PROSE and not k.startswith("x-") and not (k == "additionalProperties" and v is True)
    }


def _enum_parts(canon: Schema) -> tuple[str, list[Any]]:
    types = canon.get("type")
    kind = next((t for t in types if t != "null"), "") if isinstance(types, list) else str(types or "")
    return kind, [value for value in canon["enum"] if value is not None]


def _enum_key(kind: str, values: list[Any]) -> str:
    """An enum class's key: its JSON type and its values, in order. A null allowed beside the values belongs to
    the property holding the enum, not to the class."""
    return json.dumps(["enum", kind, values])


def _key(canon: Schema) -> str:
    return _enum_key(*_enum_parts(canon)) if "enum" in canon else json.dumps(canon, sort_keys=True)


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def enum_shape(kind: str, values: list[Any]) -> str:
    """The shape digest of an enum class, from what the generator knows of it (its JSON type and values)."""
    return _digest(_enum_key(kind, values))


def _is_class(node: Any) -> bool:
    """What openapi-python-client turns into a class of its own: an enum, or an object."""
    if not isinstance(node, dict) or "$ref" in node:
        return False
    return "enum" in node or node.get("type") == "object" or "properties" in node


def _pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", text) if word)


def _roots(spec: Schema) -> Iterator[tuple[str, Any]]:
    """Every schema the generator reads, with the class name it would start from."""
    for name, schema in (spec.get("components") or {}).get("schemas", {}).items():
        yield _pascal(name), schema
    for item in (spec.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            if not isinstance(operation, dict):
                continue
            base = _pascal(str(operation.get("operationId", "")))
            for parameter in operation.get("parameters", []):
                if isinstance(parameter, dict) and "schema" in parameter:
                    yield base + _pascal(str(parameter.get("name", ""))), parameter["schema"]
            for content in (operation.get("requestBody") or {}).get("content", {}).values():
                yield base + "Body", content.get("schema")
            for code, response in (operation.get("responses") or {}).items():
                for content in (response.get("content") or {}).values() if isinstance(response, dict) else ():
                    yield f"{base}Response{code}", content.get("schema")


def _walk(name: str, node: Any) -> Iterator[tuple[str, Schema]]:
    """Every class-making schema at and under `node` (not through `$ref`s: their targets are roots)."""
    if not isinstance(node, dict):
        return
    if _is_class(node):
        yield name, node
    for prop, child in (node.get("properties") or {}).items():
        yield from _walk(name + _pascal(prop), child)
    for word in ("items", "additionalProperties"):
        yield from _walk(name + ("Item" if word == "items" else "Value"), node.get(word))
    for word in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for n, child in enumerate(node.get(word) or []):
            yield from _walk(f"{name}Type{n}", child)


def _class_nodes(spec: Schema) -> Iterator[tuple[str, Schema, Schema]]:
    """(a name for it, the schema as written, its canonical form) for every class-making schema of a spec."""
    for root, schema in _roots(spec):
        for name, node in _walk(root, schema):
            yield name, node, _canon(node, spec)


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def _common(names: list[str]) -> str:
    """The shared name of a group: the words every name starts with and ends with ('' if none end alike)."""
    split = [_words(n) for n in names]
    shortest = min(len(w) for w in split)
    tail = next((n for n in range(shortest, 0, -1) if len({tuple(w[-n:]) for w in split}) == 1), 0)
    if not tail:
        return ""
    head = next((n for n in range(shortest - tail, 0, -1) if len({tuple(w[:n]) for w in split}) == 1), 0)
    return "".join(split[0][:head] + split[0][len(split[0]) - tail :])


def _content_name(canon: Schema) -> str:
    """A name from the shape itself, for a group whose names share no ending."""
    if "enum" in canon:
        return "Enum" + "Or".join(_pascal(str(v)) or "Empty" for v in _enum_parts(canon)[1][:3])
    props = list(canon.get("properties") or {})
    return ("".join(_pascal(p) for p in props[:3]) or "AnyObject") + ("Object" if props else "")


def names(specs: Mapping[str, Schema]) -> dict[str, str]:
    """{key: class name} for every shape that two or more schemas would make a class of, in one family's spec or
    in several. A name is what the group's own class names start and end with alike ('ViduCreationsItem' from
    ViduCreationsCreationsItem and ViduTaskResponseCreationsItem), else one made from the shape; names taken twice
    are numbered, in key order."""
    found: dict[str, tuple[list[str], Schema]] = {}
    for _, spec in sorted(specs.items()):
        for name, _, canon in _class_nodes(spec):
            found.setdefault(_key(canon), ([], canon))[0].append(name)
    result: dict[str, str] = {}
    taken: set[str] = set()
    for key, (named, canon) in sorted(found.items()):
        if len(named) < 2:
            continue
        base = _common(sorted(set(named))) or _content_name(canon)
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}{n}"
        taken.add(name)
        result[key] = name
    return result


def _shared_schema(canon: Any, table: Mapping[str, str], top: bool) -> Any:
    """A canonical schema with every class-making part under it replaced by a `$ref` to its shared class."""
    if isinstance(canon, list):
        return [_shared_schema(item, table, False) for item in canon]
    if not isinstance(canon, dict):
        return canon
    if not top and _is_class(canon):
        ref = {"$ref": f"#/components/schemas/{table[_key(canon)]}"}
        if "enum" not in canon:
            return ref
        siblings = {k: v for k, v in canon.items() if k not in ("enum", "type")}
        nullable = None in canon["enum"] or "null" in (canon.get("type") or [])
        return {"anyOf": [ref, {"type": "null"}], **siblings} if nullable else {**ref, **siblings}
    if top and "enum" in canon:
        kind, values = _enum_parts(canon)
        return {"type": kind, "enum": values}
    return {k: v if k in _VALUES else _shared_schema(v, table, False) for k, v in canon.items()}


def shared_spec(specs: Mapping[str, Schema]) -> Schema:
    """The spec of the shared package: one component per shared shape, nothing else."""
    table = names(specs)
    components: dict[str, Any] = {}
    for spec in (specs[f] for f in sorted(specs)):
        for _, _, canon in _class_nodes(spec):
            name = table.get(_key(canon))
            if name is not None and name not in components:
                components[name] = {**_shared_schema(canon, table, True), SHAPE: _digest(_key(canon))}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "videotask shared models",
            "version": "1",
            "description": "Model shapes found in two or more families' specs, generated once (codegen/share.py).",
        },
        "paths": {},
        "components": {"schemas": dict(sorted(components.items()))},
    }


def classes(shared: Schema) -> dict[str, str]:
    """{shape digest: class name} of the shared spec: how a family's schema (`marked`) or enum (`enum_shape`)
    finds its shared class."""
    return {schema[SHAPE]: name for name, schema in shared["components"]["schemas"].items()}


def marked(spec: Schema, shared: Mapping[str, str]) -> Schema:
    """A copy of a family spec for the generator, each of its object schemas of a shared shape (`shared`, from
    `classes`) marked with the shared class's name (an enum needs no mark: its class is found by its values)."""
    copied = copy.deepcopy(spec)
    for _, node, canon in _class_nodes(copied):
        name = shared.get(_digest(_key(canon)))
        if name is not None and "enum" not in node:
            node[MARK] = name
    return copied
