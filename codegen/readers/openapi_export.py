"""Rendering 1: an Apifox "OpenAPI export" page, Markdown with one fenced YAML (or JSON) OpenAPI document.

A bare OpenAPI YAML/JSON file is read the same way.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from codegen.model import Example, Finding, Operation, Parameter, RawDoc, ReadError, Response
from codegen.readers._flat_yaml import flat_block, nest
from codegen.readers._jsonish import loads

__all__ = ["detect", "read"]

# three or more backticks; Mintlify's export names the spec file and the operation after the language
_FENCE = re.compile(r"(?ms)^(`{3,})[ \t]*(?:ya?ml|json)([^\n]*)\n(.*?)^\1")
_NAMED_OP = re.compile(r"\b(get|put|post|delete|options|head|patch|trace)\s+(/\S*)", re.IGNORECASE)
_BARE = re.compile(r"\A\s*(?:openapi\s*:|\{\s*\"openapi\"\s*:)")
_FLATTENED = re.compile(r"(?m)^openapi:.*\n(?:.*\n)*?^paths:\s*\n(?:.*\n)*?^(?:get|post|put|patch|delete):\s*$")
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _document(text: str) -> tuple[str, tuple[str, str] | None] | None:
    """The OpenAPI document's text, and the (method, path) its fence's info string names, if any; a block whose
    indentation was lost (every line at column 0, fenced or not) nested again by OpenAPI's keys."""
    for _, info, block in _FENCE.findall(text):
        if re.search(r"(?m)^\s*[\"']?openapi[\"']?\s*:", block):
            named = _NAMED_OP.search(info)
            flat = None if re.search(r"(?m)^[ \t]+\S", block) else flat_block(block)
            return nest(flat) if flat else str(block), (named.group(1).lower(), named.group(2)) if named else None
    if _BARE.match(text):
        return text, None
    flat = flat_block(text)
    return (nest(flat), None) if flat else None


def _document_text(text: str) -> str | None:
    found = _document(text)
    return found[0] if found else None


def detect(text: str) -> bool:
    return _document_text(text) is not None


def _resolve(node: Any, root: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """Inline local `$ref`s, so the intermediate form never points into a document it no longer has."""
    if isinstance(node, list):
        return [_resolve(item, root, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        if ref in seen:  # recursive schema: stop at a free-form object
            return {"type": "object"}
        target: Any = root
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        if target is None:
            return {}
        return _resolve(target, root, (*seen, ref))
    return {key: _resolve(value, root, seen) for key, value in node.items()}


def _media(content: Any) -> dict[str, Any] | None:
    if not isinstance(content, dict) or not content:
        return None
    for media_type in ("application/json", "*/*"):
        if isinstance(content.get(media_type), dict):
            return dict(content[media_type])
    first = next(iter(content.values()))
    return dict(first) if isinstance(first, dict) else None


def _value(value: Any) -> Any:
    """An example held as a string of JSON (with `\\r\\n`, `//` comments, spaced keys) is that JSON."""
    if isinstance(value, str) and value.strip()[:1] in {"{", "["}:
        try:
            return loads(value)
        except ValueError:
            return value
    return value


def _form_schema(body: Any) -> dict[str, Any] | None:
    """A multipart/form-data body declared beside a JSON one (a file upload), kept as its own media type."""
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict):
        return None
    form = content.get("multipart/form-data")
    if not isinstance(form, dict) or not isinstance(form.get("schema"), dict):
        return None
    if not any(media in content for media in ("application/json", "*/*")):
        return None  # the only body there is: already read as the request body
    return dict(form["schema"])


def _examples(media: dict[str, Any], source: str) -> tuple[Example, ...]:
    found: list[Example] = []
    if "example" in media:
        found.append(Example("example", _value(media["example"]), source))
    examples = media.get("examples")
    if isinstance(examples, dict):
        for name, item in examples.items():
            if isinstance(item, dict) and "value" in item:
                found.append(Example(str(item.get("summary") or name).strip(), _value(item["value"]), source))
    return tuple(found)


def _parameters(raw: Any) -> list[Parameter]:
    params = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and item.get("name") and item.get("in"):
            schema: dict[str, Any] = item["schema"] if isinstance(item.get("schema"), dict) else {"type": "string"}
            params.append(
                Parameter(
                    name=str(item["name"]),
                    location=str(item["in"]),
                    required=bool(item.get("required", item["in"] == "path")),
                    description=str(item.get("description") or ""),
                    schema=dict(schema),
                )
            )
    return params


# `key: value` where the value holds another `: ` (a machine-translated `description: Docs: https://...`)
_PLAIN_PAIR = re.compile(r"^(?P<lead>\s*(?:-\s+)?[\w$'\"./{}-]+:\s+)(?P<value>[^'\"\s|>&*!%@`#{\[].*?)\s*$")


def _load(document: str, source: str) -> tuple[Any, list[Finding]]:
    """The OpenAPI block as data. A line strict YAML refuses because its plain value holds `: ` has that value
    quoted (said in a finding) and the block is read again; any other error is the reader's."""
    findings: list[Finding] = []
    lines = document.split("\n")
    for _ in range(len(lines)):
        try:
            return yaml.load("\n".join(lines), Loader=yaml.CSafeLoader), findings
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            at: int = mark.line if mark is not None else len(lines)
            pair = _PLAIN_PAIR.match(lines[at]) if at < len(lines) else None
            if pair is None or ": " not in pair["value"] or "mapping values" not in str(exc):
                raise ReadError(f"{source}: the OpenAPI block is not valid YAML ({str(exc).splitlines()[0]})") from None
            value = pair["value"].replace("'", "''")
            lines[at] = f"{pair['lead']}'{value}'"
            findings.append(
                Finding("inferred", f"OpenAPI block line {at + 1}", "an unquoted `: ` inside a value: quoted")
            )
    raise ReadError(f"{source}: the OpenAPI block is not valid YAML")


def read(text: str, source: str) -> RawDoc:
    document = _document_text(text)
    if document is None:
        raise ReadError(f"{source}: not this rendering")
    root, findings = _load(document, source)
    if _FLATTENED.search(text):
        findings.insert(
            0, Finding("inferred", "OpenAPI block", "its indentation was lost: nested again by OpenAPI's keys")
        )
    if not isinstance(root, dict) or not isinstance(root.get("paths"), dict):
        raise ReadError(f"{source}: the OpenAPI block has no paths")
    info: dict[str, Any] = root["info"] if isinstance(root.get("info"), dict) else {}
    heading = re.search(r"(?m)^#\s+(.+)$", text)
    title = str(info.get("title") or (heading.group(1).strip() if heading else ""))
    operations = []
    named = (_document(text) or ("", None))[1]
    for path, item in root["paths"].items():
        if not isinstance(item, dict) or (named and path != named[1] and named[1] in root["paths"]):
            continue
        item = _resolve(item, root)
        shared = _parameters(item.get("parameters"))
        for method in _HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or (named and method != named[0] and named[1] in root["paths"]):
                continue
            own = _parameters(op.get("parameters"))
            own_keys = {(p.name, p.location) for p in own}
            params = [p for p in shared if (p.name, p.location) not in own_keys] + own
            body = op.get("requestBody")
            body_media = _media(body.get("content")) if isinstance(body, dict) else None
            responses = []
            for status, resp in (op.get("responses") or {}).items():
                if not isinstance(resp, dict):
                    continue
                media = _media(resp.get("content"))
                schema = media.get("schema") if media else None
                responses.append(
                    Response(
                        status=str(status),
                        description=str(resp.get("description") or ""),
                        schema=dict(schema) if isinstance(schema, dict) else None,
                        examples=_examples(media, source) if media else (),
                    )
                )
            operations.append(
                Operation(
                    method=method.upper(),
                    path=str(path),
                    summary=str(op.get("summary") or ""),
                    description=str(op.get("description") or ""),
                    tags=tuple(str(t) for t in op.get("tags") or ()),
                    parameters=tuple(params),
                    request_body=(body_media or {}).get("schema") if body_media else None,
                    responses=tuple(responses),
                    source=source,
                    request_forms=_form_schema(body),
                    request_required=bool(isinstance(body, dict) and body.get("required")),
                )
            )
    return RawDoc(
        source=source, rendering="openapi-export", title=title, operations=tuple(operations), findings=tuple(findings)
    )
