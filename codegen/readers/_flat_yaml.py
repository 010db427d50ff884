"""An OpenAPI YAML block whose indentation was lost (a VitePress page's text: every line at column 0), nested again
by OpenAPI's own keys, which are still there and in order.

Each `key:` line goes to the innermost open object that takes such a key (an operation takes `responses`, a
response `content`, a media type `schema` and `example`, a schema `type`/`properties`/`items`, `properties` any
name that opens a block); an example's data takes any key but OpenAPI's structural ones (a status code, a media
type, `x-apifox-*`, `responses`, ...). A property's `example` has its value inline; an `example:` opening a block
is the media type's (or the parameter's).
"""

from __future__ import annotations

import re

__all__ = ["flat_block", "nest"]

_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
_SCHEMA = {
    "type", "format", "description", "title", "default", "nullable", "enum", "const", "required", "properties",
    "items", "additionalProperties", "oneOf", "anyOf", "allOf", "not", "$ref", "minimum", "maximum", "minLength",
    "maxLength", "pattern", "minItems", "maxItems", "readOnly", "writeOnly", "deprecated", "example", "examples",
}  # fmt: skip
_OBJECT = {  # kind -> {key: the kind it opens}; "leaf" takes an inline value, "free" any data
    "root": {"openapi": "leaf", "info": "info", "paths": "paths", "components": "components", "servers": "list",
             "security": "list", "tags": "list"},
    "info": {"title": "leaf", "version": "leaf", "description": "leaf", "contact": "free", "license": "free"},
    "pathitem": {**dict.fromkeys(_METHODS, "op"), "parameters": "params", "summary": "leaf", "description": "leaf"},
    "op": {"summary": "leaf", "description": "leaf", "operationId": "leaf", "deprecated": "leaf", "tags": "list",
           "parameters": "params", "requestBody": "body", "responses": "responses", "security": "list",
           "servers": "list", "callbacks": "free"},
    "param": {"name": "leaf", "in": "leaf", "required": "leaf", "description": "leaf", "example": "free",
              "examples": "free", "schema": "schema", "deprecated": "leaf", "style": "leaf", "explode": "leaf"},
    "body": {"content": "content", "required": "leaf", "description": "leaf"},
    "media": {"schema": "schema", "example": "free", "examples": "examples", "encoding": "free"},
    "example": {"summary": "leaf", "description": "leaf", "value": "free", "externalValue": "leaf"},
    "response": {"description": "leaf", "content": "content", "headers": "free", "links": "free"},
    "components": {"schemas": "schemas", "securitySchemes": "free", "responses": "free", "parameters": "free",
                   "requestBodies": "free", "examples": "free", "headers": "free"},
    "schema": {**dict.fromkeys(_SCHEMA, "leaf"), "properties": "properties", "items": "schema", "required": "list",
               "enum": "list", "example": "free", "examples": "free", "oneOf": "schemas_list",
               "anyOf": "schemas_list", "allOf": "schemas_list", "not": "schema", "additionalProperties": "schema"},
}  # fmt: skip
_ANY_NAME = {"paths": "pathitem", "properties": "schema", "schemas": "schema", "responses": "response",
             "content": "media", "examples": "example"}  # fmt: skip
_STATUS = re.compile(r"^['\"]?(?:[1-5](?:\d\d|XX)|default)['\"]?$")
_MEDIA = re.compile(r"^['\"]?[\w.+-]+/[\w.+*-]+['\"]?$")
_LINE = re.compile(
    r"^(?P<dash>-\s+)?(?P<key>(?:'[^']*'|\"[^\"]*\"|[^\s:'\"#-][^:]*?|-[^\s:]*?)):(?:\s+(?P<value>.*))?$"
)
_STRONG = {"responses", "requestBody", "parameters", "components", "servers", "paths", "info", "openapi", "headers"}
_LISTS = {"list", "free", "params", "schemas_list"}
_SCALARS = {"string", "integer", "number", "boolean"}
_OBJECT_ONLY = {"properties", "required", "items", "additionalProperties", "x-apifox-orders", "x-apifox-refs"}


class _Frame:
    """An open object (or list) of the block: its kind, the indent of its children, the keys it holds."""

    __slots__ = ("indent", "kind", "seen")

    def __init__(self, kind: str, indent: int) -> None:
        self.kind, self.indent, self.seen = kind, indent, dict[str, str]()


def flat_block(text: str) -> str | None:
    """The flattened OpenAPI block in a page's text (from its `openapi:` line to the last line that reads as
    YAML), or None when the page holds none: `openapi:`, `paths:` and an HTTP method all at column 0."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if re.match(r"openapi:\s*['\"]?3\.", line)), None)
    if start is None:
        return None
    end = start
    for i in range(start, len(lines)):
        if not (_LINE.match(lines[i]) or lines[i].startswith("- ")):
            break
        end = i + 1
    block = lines[start:end]
    if "paths:" not in block or not any(line.rstrip(":") in _METHODS for line in block):
        return None
    return "\n".join(block)


def _opens(frame: _Frame, key: str, has_value: bool) -> str | None:
    """The kind a `key:` line opens inside `frame` ("leaf" for an inline value), or None when it takes no such
    key: one it holds already, or an object's key in a schema of a scalar type."""
    kind, bare = frame.kind, key.strip("'\"")
    if bare in frame.seen:
        return None
    if kind == "properties" and (has_value or bare in _OBJECT_ONLY):  # the object's own `required:`, not a field's
        return None
    if kind in _ANY_NAME:
        if kind == "paths" and not bare.startswith("/"):
            return None
        if kind == "responses" and not _STATUS.match(key):
            return None
        if kind == "content" and not _MEDIA.match(key):
            return None
        return "leaf" if has_value else _ANY_NAME[kind]
    if kind in {"free", "item"}:
        return "leaf" if has_value else "free"
    typed = frame.seen.get("type")
    if kind == "schema" and (typed in _SCALARS or typed == "array") and bare in _OBJECT_ONLY - {"items"}:
        return None
    if kind == "schema" and typed in _SCALARS and bare == "items":
        return None
    if bare.startswith("x-") and kind in _OBJECT:
        return "leaf" if has_value else "free"
    found = _OBJECT.get(kind, {}).get(bare)
    return "leaf" if found is not None and has_value else found


def _strong(key: str) -> bool:
    bare = key.strip("'\"")
    return bare in _STRONG or bare.startswith(("x-apifox", "x-run")) or bool(_STATUS.match(key) or _MEDIA.match(key))


def nest(block: str) -> str:
    """The block with its indentation given back (two spaces a level)."""
    stack = [_Frame("root", 0)]
    out: list[str] = []
    for raw in block.split("\n"):
        line = raw.strip()
        if not line:
            continue
        match = _LINE.match(line)
        if match is None:  # a list item holding a scalar, or a value's continuation
            if line.startswith("- "):
                _to_list(stack)
                out.append(" " * stack[-1].indent + line)
            else:
                out.append(" " * (stack[-1].indent + 2) + line)
            continue
        key, value = match["key"], (match["value"] or "").strip()
        if match["dash"]:
            _to_list(stack)
            indent = stack[-1].indent
            stack.append(_Frame({"params": "param", "schemas_list": "schema"}.get(stack[-1].kind, "item"), indent + 2))
        else:
            del stack[_frame(stack, key, bool(value)) + 1 :]
            indent = stack[-1].indent
        opened = _opens(stack[-1], key, bool(value)) or ("leaf" if value else "free")
        stack[-1].seen[key.strip("'\"")] = value
        out.append(" " * indent + line)
        if opened != "leaf":
            stack.append(_Frame(opened, stack[-1].indent + 2))
    return "\n".join(out) + "\n"


def _to_list(stack: list[_Frame]) -> None:
    """Close objects up to the list a `- ` item goes in; open data that takes an item is a list from then on."""
    while len(stack) > 1 and stack[-1].kind not in _LISTS:
        stack.pop()
    if stack[-1].kind == "free":
        stack[-1].kind = "list"


def _frame(stack: list[_Frame], key: str, has_value: bool) -> int:
    """The index of the open object a `key:` line belongs to."""
    if key in {"example", "examples"} and not has_value:  # a block example: the media type's or the parameter's
        for index in range(len(stack) - 1, -1, -1):
            if stack[index].kind in {"media", "param"}:
                return index
    strong = _strong(key)
    for index in range(len(stack) - 1, -1, -1):
        if strong and stack[index].kind in {"free", "item", "properties"}:
            continue
        if _opens(stack[index], key, has_value) is not None:
            return index
    return len(stack) - 1
