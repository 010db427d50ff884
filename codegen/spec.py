"""Raw docs (+ a family override) -> one OpenAPI 3.1 document and the findings behind it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import attrs

from codegen.model import Example, Finding, Operation, RawDoc, Response
from codegen.overrides import make_opaque
from codegen.rules import operation as op_rules
from codegen.rules.components import hoist
from codegen.rules.errors import ERROR_MODEL, error_components
from codegen.rules.examples import compose_example, shape_findings
from codegen.rules.schema import infer_all, reconcile, to_json_schema, types_of, union
from codegen.rules.status import STATUS_NAMES, documented_values, known_values, open_enum, values_at
from videotask.definitions import OperationOverride, Override, Shape

__all__ = ["build_spec", "status_paths"]

Spec = dict[str, Any]
SECURITY_SCHEME = "bearerAuth"
# what `servers` says: a placeholder the caller replaces with their relay's base URL (an empty list is an error
# to OpenAPI linters, and a real relay's host would be an endorsement)
SERVERS = [{"url": "https://your-relay.example", "description": "your relay's base URL (new-api lineage)"}]
# the error answers every operation may get, in the relays' shapes (ErrorResponse): a rejected request or a
# missing task (the relays' 400 task_not_exist included), a wrong key, an unknown task, the rate limit
ERROR_STATUSES = {
    "400": "The request was refused (an invalid body or id; new-api's task_not_exist)",
    "401": "The key is missing or wrong",
    "404": "No such task, file or route",
    "429": "Rate limited (Retry-After says when to come back)",
}


def _slug(source: str) -> str:
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", source.replace("\\", "/").rsplit("/", 1)[-1])
    return op_rules.snake(stem) or "doc"


def status_paths(schema: Spec, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every string-typed property named like a status, shallowest first."""
    found: list[tuple[str, ...]] = []
    props = schema.get("properties") or {}
    for name, sub in props.items():
        if name in STATUS_NAMES and "string" in types_of(sub):
            found.append((*prefix, name))
    for name, sub in props.items():
        if isinstance(sub, dict):
            found.extend(status_paths(sub, (*prefix, name)))
    return sorted(found, key=len)


def _at(schema: Spec, path: tuple[str, ...]) -> Spec | None:
    node: Any = schema
    for part in path:
        node = (node.get("properties") or {}).get(part) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else None


def _replace(schema: Spec, path: tuple[str, ...], new: Spec) -> Spec:
    if not path:
        return new
    props = dict(schema["properties"])
    props[path[0]] = _replace(props[path[0]], path[1:], new)
    return {**schema, "properties": props}


def _clean_operation(op: Operation) -> tuple[Operation, list[Finding]]:
    findings: list[Finding] = []
    path, found = op_rules.strip_base_prefix(op.path)
    findings += found
    params, found = op_rules.drop_transport_params(list(op.parameters))
    findings += found
    params, found = op_rules.declare_path_params(path, params)
    findings += found
    description, found = op_rules.drop_boilerplate(op.description)
    findings += found
    cleaned = attrs.evolve(op, path=path, description=description, parameters=tuple(params))
    cleaned, found = op_rules.drop_read_body(cleaned)
    return cleaned, findings + found


def _merge_params(ops: list[Operation]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for op in ops:
        for p in op.parameters:
            entry = merged.setdefault((p.name, p.location), {"name": p.name, "in": p.location})
            entry["required"] = entry.get("required", False) or p.required
            if p.description and "description" not in entry:
                entry["description"] = p.description
            schema = to_json_schema(p.schema) or {"type": "string"}
            entry.setdefault("schema", schema)
    params = sorted(merged.values(), key=lambda e: (e["in"] != "path", e["name"]))
    for entry in params:
        if entry["in"] == "path":
            entry["required"] = True
        elif not entry["required"]:
            entry.pop("required")
        entry["schema"] = {k: v for k, v in entry["schema"].items() if k != "default"}
        if entry.get("required") and entry["schema"].get("type") == "string":  # servers refuse an empty id
            entry["schema"].setdefault("minLength", 1)
    return params


def _declared_headers(declared: OperationOverride | None) -> list[dict[str, Any]]:
    """The headers an operation always needs (the override's `headers`), as required header parameters of
    the one value the server accepts: a client generated from the spec alone then sends them."""
    headers = declared.headers if declared else {}
    return [
        {"name": name, "in": "header", "required": True, "schema": {"type": "string", "enum": [value]}}
        for name, value in sorted(headers.items())
    ]


def _status_enum(
    schema: Spec,
    model: str,
    override: Override | None,
    described: list[str],
    examples: list[Example],
    components: dict[str, Any],
) -> tuple[Spec, list[Finding]]:
    """Make each status-like field an open enum of every value documented for it: its declared enum, its own
    description's prose, the examples, and for the primary field the operation's prose and the overrides."""
    findings: list[Finding] = []
    declared_paths = [tuple(str(p) for p in path) for path in override.status_fields] if override else []
    paths = status_paths(schema)
    for path in declared_paths:
        if path not in paths and _at(schema, path) is not None:
            paths.append(path)  # declared a status field, though not named like one
    primary = next((p for p in declared_paths if p in paths), paths[0] if paths else None)
    if override and primary not in declared_paths:
        findings.append(Finding("warning", "status", f"none of the declared status fields {declared_paths} exists"))
    for path in paths:
        field = _at(schema, path)
        assert field is not None
        observed = [v for e in examples for v in values_at(e.value, list(path))]
        sources: list[Iterable[str]] = [
            [str(v) for v in field.get("enum") or [] if v is not None],
            documented_values(str(field.get("description") or ""), field=True),
        ]
        if override:  # the words the family's wrapper or upstream writes at this field
            sources.append(override.status_words.get(path, ()))
        if path == primary:
            sources += [override.status_values if override else [], described]
        values, found = known_values(*sources, observed)
        findings += found
        if not values:
            findings.append(Finding("inferred", ".".join(path), "status-like field with no known value: plain string"))
            continue
        name = (
            override.status_enum if override and path == primary else model + "".join(op_rules.pascal(p) for p in path)
        )
        if name in components:  # another query route of the family: one enum for both
            values = known_values(components[name]["enum"], values)[0]
        components[name] = {"type": "string", "enum": values}
        if field.get("description"):
            components[name]["description"] = field["description"]
        schema = _replace(schema, path, open_enum(field, f"#/components/schemas/{name}"))
        findings.append(
            Finding("inferred", ".".join(path), f"status field: open enum {name} ({len(values)} known values)")
        )
    return schema, findings


def _response_schema(
    op: Operation,
    status: str,
    group: list[Any],
    model: str,
    override: Override | None,
    components: dict[str, Any],
) -> tuple[Spec | None, list[Example], list[Finding]]:
    findings: list[Finding] = []
    declared: Spec | None = None
    for response in group:
        if response.schema:
            schema = to_json_schema(response.schema)
            declared = schema if declared is None else union(declared, schema)
    examples = [e for r in group for e in r.examples]
    for example in examples:
        findings += shape_findings(declared, example.value, f"example {example.name!r} ({_slug(example.source)})")
    observed = infer_all([e.value for e in examples]) if examples else None
    schema, found = reconcile(declared, observed, "$")
    findings += [Finding(f.kind, f"responses.{status}{f.where[1:]}", f.what) for f in found]
    if not examples and schema:
        composed = compose_example(schema)
        if composed is not None:
            examples.append(Example("composed from the schema's property examples", composed, "schema"))
            findings.append(Finding("inferred", f"responses.{status}", "example composed from property examples"))
    if not schema:
        return None, examples, findings
    for dotted in override.opaque if override else ():
        schema, found_path = make_opaque(schema, dotted)
        findings.append(
            Finding("override", dotted, "kept as a free-form object")
            if found_path
            else Finding("warning", dotted, "declared opaque, but no such field")
        )
    described = documented_values(op.description)
    schema, found = _status_enum(schema, model, override, described, examples, components)
    findings += found
    return hoist(schema, model, components), examples, findings


def _shape_examples(shapes: Iterable[Shape], override: Override | None) -> dict[tuple[str, str, str], list[Example]]:
    """Shapes as examples, keyed by (method, path, HTTP status) of the operation each answers."""
    by_id = {op.id: op for op in override.operations} if override else {}
    keyed: dict[tuple[str, str, str], list[Example]] = {}
    for shape in shapes:
        op = by_id.get(shape.operation)
        if op is not None:
            example = Example(f"{shape.name} ({shape.source})", shape.body, f"definition:{shape.name}")
            keyed.setdefault((op.method, op.path, str(shape.status)), []).append(example)
    return keyed


def _example_key(example: Example, index: int) -> str:
    if example.source.startswith("definition:"):
        return "definition_" + op_rules.snake(example.source.partition(":")[2])
    return f"{_slug(example.source)}_{index}"


def build_spec(
    docs: list[RawDoc], override: Override | None, shapes: Iterable[Shape] = ()
) -> tuple[Spec, list[Finding]]:
    findings: list[Finding] = [f for doc in docs for f in doc.findings]
    grouped: dict[tuple[str, str], list[Operation]] = {}
    for doc in docs:
        for raw in doc.operations:
            cleaned, found = _clean_operation(raw)
            findings += found
            grouped.setdefault((cleaned.path, cleaned.method), []).append(cleaned)
    if len(docs) > 1:
        findings.append(Finding("inferred", "docs", f"{len(docs)} docs merged by method and path"))
    from_definitions = _shape_examples(shapes, override)
    if override is not None:
        for op in override.operations:
            if (op.path, op.method) not in grouped:
                findings.append(Finding("warning", f"{op.method} {op.path}", f"{op.id} is declared, but no doc has it"))

    components: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    error_schemas: list[Spec] = []
    for (path, method), ops in sorted(grouped.items()):
        declared: OperationOverride | None = override.operation_for(method, path) if override else None
        op_id = declared.id if declared else op_rules.operation_id(method, path)
        tag = override.family if override else op_rules.tag_for(path)
        model = declared.model if declared else op_rules.pascal(op_id) + "Response"
        by_status: dict[str, list[Any]] = {}
        for documented in ops:
            for response in documented.responses:
                by_status.setdefault(response.status, []).append(response)
        for (shape_method, shape_path, status), examples in from_definitions.items():
            if (shape_method, shape_path) == (method, path):
                by_status.setdefault(status, []).append(Response(status, examples=tuple(examples)))
        responses: dict[str, Any] = {}
        for status, what in ERROR_STATUSES.items():
            by_status.setdefault(status, [Response(status, description=what)])
        for status in sorted(by_status):
            group = by_status[status]
            description = next((r.description for r in group if r.description), "") or f"HTTP {status}"
            if not status.startswith("2"):
                error_schemas += [to_json_schema(r.schema) for r in group if r.schema]
                responses[status] = _error(description)
                continue
            query = declared is not None and declared.role == "query"
            schema, examples, found = _response_schema(
                ops[0], status, group, model, override if query else None, components
            )
            findings += found
            media: dict[str, Any] = {"schema": schema or {}}
            if examples:
                media["examples"] = {
                    _example_key(e, i): {"summary": e.name, "value": e.value} for i, e in enumerate(examples, 1)
                }
                origins = [e.source.startswith("definition:") for e in examples]
                findings.append(
                    Finding(
                        "inferred",
                        f"{method} {path} {status}",
                        f"examples: {origins.count(False)} from the docs, {origins.count(True)} from public "
                        "definitions (specs/upstreams, specs/shapes)",
                    )
                )
            responses[status] = {"description": description, "content": {"application/json": media}}
        if not any(s.startswith("2") for s in responses):
            findings.append(Finding("warning", f"{method} {path}", "no success response documented"))
        responses["default"] = _error("An error answer from the gateway")
        descriptions = [op.description for op in ops if op.description]
        operation: dict[str, Any] = {
            "operationId": op_id,
            "summary": (declared.summary if declared and declared.summary else None)
            or next((op.summary for op in ops if op.summary), op_id),
            "tags": [tag],
        }
        if descriptions:
            operation["description"] = descriptions[0]
        params = _merge_params(ops) + _declared_headers(declared)
        if params:
            operation["parameters"] = params
        body = next((op.request_body for op in ops if op.request_body), None)
        forms = next((op.request_forms for op in ops if op.request_forms), None)
        if body is not None or forms is not None:
            content = {}
            if body is not None:
                content["application/json"] = {"schema": to_json_schema(body)}
            if forms is not None:  # a file upload (multipart) beside the JSON body
                content["multipart/form-data"] = {"schema": to_json_schema(forms)}
            operation["requestBody"] = {"content": content}
            # a create's server refuses an empty body whatever the doc says
            if any(op.request_required for op in ops) or (declared is not None and declared.role == "submit"):
                operation["requestBody"]["required"] = True
        operation["security"] = [{SECURITY_SCHEME: []}]
        operation["responses"] = responses
        paths.setdefault(path, {})[method.lower()] = operation

    if override is not None and override.content_url and override.content_url not in paths:
        paths[override.content_url] = {"get": _content_operation(override)}
    components.update(error_components(error_schemas))
    tags = sorted({op["tags"][0] for item in paths.values() for op in item.values()})
    title = override.title if override else _title(docs)
    spec: Spec = {
        "openapi": "3.1.0",
        "info": {"title": title, "version": override.version if override else "1.0.0"},
        "servers": SERVERS,
        "tags": [{"name": tag, "description": title} for tag in tags],  # linters want each tag described
        "paths": paths,
        "components": {
            "schemas": dict(sorted(components.items())),
            "securitySchemes": {SECURITY_SCHEME: {"type": "http", "scheme": "bearer"}},
        },
    }
    return spec, findings


def _error(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ERROR_MODEL}"}}},
    }


def _content_operation(override: Override) -> dict[str, Any]:
    """The override's `content_url`, where a finished task's file is served by the gateway itself (new-api's
    `/v1/videos/{id}/content`): the file's bytes, or a relay error (400 until the task succeeded)."""
    content_url = override.content_url or ""
    params = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}}
        for name in re.findall(r"\{([^}]+)\}", content_url)
    ]
    responses: dict[str, Any] = {
        "200": {
            "description": "The finished task's file",
            "content": {"video/mp4": {"schema": {"type": "string", "format": "binary"}}},
        },
        **{status: _error(what) for status, what in ERROR_STATUSES.items()},
        "default": _error("An error answer from the gateway"),
    }
    responses["400"] = _error("The task has not succeeded yet: its file is not ready")
    return {
        "operationId": f"get_{op_rules.snake(override.family)}_content",
        "summary": "Download a finished task's file",
        "tags": [override.family],
        "parameters": params,
        "security": [{SECURITY_SCHEME: []}],
        "responses": responses,
    }


def _title(docs: list[RawDoc]) -> str:
    for doc in docs:
        if doc.title and doc.title.isascii() and op_rules.ascii_words(doc.title):
            return doc.title
    first = next((op for doc in docs for op in doc.operations), None)
    route = op_rules.strip_base_prefix(first.path)[0] if first else "/"
    return f"Task query {route}"
