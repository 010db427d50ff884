"""The importer's pass over a read doc: judge each example, take the upstream's real answer (query or create,
specs/upstreams) where the doc shows no usable answer (or another product's), and say what was done and where
that answer is written, line by line, for the report on stderr."""

from __future__ import annotations

from typing import Any

from attrs import evolve, frozen

from codegen.catalog import Upstream, by_route, by_vocabulary, keys_of, match
from codegen.model import Example, Operation, RawDoc, Response
from codegen.readers._page import role_of
from codegen.rules.schema import infer

__all__ = ["Judged", "judge"]

_PLACEHOLDER_STRINGS = {"string", "<string>", "str", "", "value", "示例值", "<uuid>", "<url>"}


@frozen
class Judged:
    doc: RawDoc
    lines: list[str]  # the report, one finding a line
    shapes: dict[str, Upstream]  # "METHOD path" -> the catalog shape matched for that operation


def _placeholders_only(value: Any) -> bool:
    """True when every leaf is a filler (`"<string>"`, `"string"`, 0, 123, true): a template, not an answer."""
    if isinstance(value, dict):
        return all(_placeholders_only(v) for v in value.values())
    if isinstance(value, list):
        return all(_placeholders_only(v) for v in value)
    if isinstance(value, str):
        return value.strip().lower() in _PLACEHOLDER_STRINGS or (value.startswith("<") and value.endswith(">"))
    return value is None or isinstance(value, bool) or value in (0, 123, 1, 0.5)


def _usable(responses: tuple[Response, ...]) -> bool:
    """A 2xx answer with an example kept: a schema alone validates nothing, so the upstream's answer fills in."""
    return any(r.examples for r in responses if r.status.startswith("2"))


def _judge_examples(op: Operation, where: str, lines: list[str]) -> tuple[Operation, Upstream | None]:
    """Drop empty, template-only and other products' examples; return the shape the route points to."""
    routed = by_route(op.path)
    replaced: Upstream | None = None
    responses = []
    for response in op.responses:
        kept: list[Example] = []
        schema = response.schema
        for example in response.examples:
            name = f"{where} example {example.name!r}"
            if example.value in ({}, [], None):
                lines.append(f"dropped   {name}: empty")
                continue
            if _placeholders_only(example.value):
                lines.append(f"dropped   {name}: placeholder values only; its field types kept as the schema")
                if not (schema and schema.get("properties")):
                    schema = infer(example.value)
                continue
            keys = keys_of(example.value)
            other = by_vocabulary(keys)
            if routed and other and other is not routed and not (routed.vocabulary & keys):
                lines.append(
                    f"dropped   {name}: it is another product's answer ({other.title}: "
                    f"{', '.join(sorted(other.vocabulary & keys))}), pasted under a {routed.title} route"
                )
                replaced = routed
                continue
            lines.append(f"kept      {name}")
            kept.append(example)
        responses.append(Response(response.status, response.description, schema, tuple(kept)))
    return evolve(op, responses=tuple(responses)), replaced


def _filled(op: Operation, shape: Upstream, call: str) -> tuple[Operation, str] | None:
    """`op` with the upstream's real answer to `call` (query, submit) as its 2xx example, and the report line
    naming that answer and where it is written; None when the upstream has none."""
    answer = shape.answer(call)
    if answer is None:
        return None
    where = f"{shape.file} ({answer['name']}; {answer['source']})"
    label = f"catalog: {shape.title}{' create' if call == 'submit' else ''} answer {answer['name']}"
    example = Example(label, answer["body"], shape.file)
    responses = list(op.responses)
    index = next((i for i, r in enumerate(responses) if r.status.startswith("2")), None)
    if index is None:
        responses.insert(0, Response("200", "", None, (example,)))
    else:
        old = responses[index]
        schema = old.schema if old.schema and old.schema.get("properties") else None
        responses[index] = Response(old.status, old.description, schema, (*old.examples, example))
    return evolve(op, responses=tuple(responses)), where


def judge(doc: RawDoc) -> Judged:
    lines = [f"rendering {doc.rendering}", f"title     {doc.title or '(none)'}"]
    shapes: dict[str, Upstream] = {}
    operations = []
    for op in doc.operations:
        query = tuple(p.name for p in op.parameters if p.location == "query" and p.required)
        role = role_of(op.method, op.path, query)
        where = f"{op.method} {op.path}"
        params = ", ".join(f"{p.name} ({p.location}{', required' if p.required else ''})" for p in op.parameters)
        lines.append(f"operation {where} ({role})")
        lines.append(f"  parameters {params or '(none)'}")
        op, replaced = _judge_examples(op, where, lines)
        keys: set[str] = set()
        for response in op.responses:
            keys |= keys_of(response.schema or {})
            for example in response.examples:
                keys |= keys_of(example.value)
        shape, why = (replaced, "the route") if replaced else match(op.path, keys)
        if shape is not None:
            shapes[where] = shape
        if shape is not None and role in ("query", "submit") and (replaced or not _usable(op.responses)):
            filled = _filled(op, shape, role)
            what = "create answer" if role == "submit" else "answer"
            if filled is None:
                lines.append(f"  no usable answer in the doc and no {what} known for {shape.name}: none invented")
            else:
                op, origin = filled
                lines.append(
                    f"  catalog   {shape.name}: the doc shows no usable answer, so the answer is {shape.title}'s "
                    f"real {what} ({origin}; {why})"
                )
        elif role == "query" and not _usable(op.responses):
            lines.append(f"  no usable answer in the doc and no catalog shape matches {where}: none invented")
        elif shape is not None:
            lines.append(f"  matches   catalog {shape.name} ({why}); the doc's own answer is kept")
        operations.append(op)
    for finding in doc.findings:
        lines.append(f"{finding.kind:<9} {finding.where}: {finding.what}")
    return Judged(evolve(doc, operations=tuple(operations)), lines, shapes)
