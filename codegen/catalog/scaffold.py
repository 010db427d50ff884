"""A proposed `specs/overrides/<family>.yaml` (the `operations:` format) for a freshly imported doc.

Everything proposed is marked `# REVIEW`: the status table comes from the words the doc uses, each given the
catalog's meaning when an upstream knows it, else a general reading of the word; field paths come from the
names in the doc's answers and from the catalog.
"""

from __future__ import annotations

import json
import re
from typing import Any

from codegen.catalog import Upstream
from codegen.readers._page import role_of
from codegen.rules import operation as op_rules
from codegen.rules.status import STATUS_NAMES, documented_values
from videotask.definitions import value_at

__all__ = ["propose_override", "propose_upstream", "status_enums", "yaml_paths"]

_GENERAL = {
    "queued": ("queued", "pending", "submitted", "not_start", "waiting", "created", "queueing", "preparing", "wait"),
    "running": ("running", "processing", "in_progress", "generating", "dreaming", "started", "rendering"),
    "succeeded": ("succeeded", "success", "succeed", "completed", "complete", "done", "finished", "successful"),
    "failed": ("failed", "failure", "fail", "error", "expired", "timeout", "rejected"),
    "cancelled": ("cancelled", "canceled"),
    "unknown": ("unknown",),
}
_FIELD_NAMES = {
    "task_id": ("task_id", "id", "job_id", "taskId", "jobId", "generation_id"),
    "video_url": ("video_url", "url", "result_url", "videoUrl", "video", "output", "download_url", "file_url"),
    "progress": ("progress", "percent", "progress_percent"),
    "error": ("fail_reason", "error", "failure", "error_message", "err_msg", "failure_reason", "message"),
    "created_at": ("created_at", "createdAt", "submit_time", "create_time", "created"),
    "finished_at": ("finished_at", "finish_time", "completed_at", "end_time", "finishedAt", "updated_at"),
    "expires_at": ("expires_at", "expire_at", "expiresAt"),
    "file_id": ("file_id",),
}


def _walk(value: Any, prefix: str = "") -> list[tuple[str, str, Any]]:
    """(dotted path, key, value) for every key in a JSON value; list elements as `.0`."""
    found: list[tuple[str, str, Any]] = []
    if isinstance(value, dict):
        for key, sub in value.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            found.append((path, str(key), sub))
            found += _walk(sub, path)
    elif isinstance(value, list) and value:
        found += _walk(value[0], f"{prefix}.0")
    return found


def _dotted(path: str) -> str:
    return re.sub(r"\[(\d+)\]", r".\1", path)


def _general(word: str) -> str | None:
    low = word.casefold()
    return next((state for state, words in _GENERAL.items() if low in words), None)


def status_enums(spec: dict[str, Any]) -> list[str]:
    """The values of the spec's status enums (components named ...Status or ...State)."""
    return [
        str(v)
        for name, schema in spec["components"].get("schemas", {}).items()
        if name.endswith(("Status", "State")) and isinstance(schema.get("enum"), list)
        for v in schema["enum"]
    ]


def _status(
    bodies: list[Any], enums: list[str], shape: Upstream | None
) -> tuple[list[str], list[tuple[str, str, str]]]:
    paths: list[str] = []
    if shape is not None:
        paths.append(_dotted(shape.status_field))
    words: list[str] = list(enums)
    for body in bodies:
        for path, key, value in _walk(body):
            if key in STATUS_NAMES and isinstance(value, str):
                if path not in paths:
                    paths.append(path)
                words.append(value)
    if shape is not None:
        words += list(shape.status_values)
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for word in words:
        if not word or word.casefold() in seen or word.startswith("<"):
            continue
        seen.add(word.casefold())
        meaning = shape.meaning(word) if shape else None
        if meaning:
            rows.append((word, meaning, f"catalog {shape.name}" if shape else ""))
        elif (general := _general(word)) is not None:
            rows.append((word, general, "the word's usual meaning"))
        else:
            rows.append((word, "unknown", "no known meaning: decide"))
    return paths, rows


def _fields(bodies: list[Any], shape: Upstream | None) -> dict[str, tuple[list[str], str]]:
    proposed: dict[str, tuple[list[str], str]] = {}
    for name, keys in _FIELD_NAMES.items():
        paths = [_dotted(p) for p in (shape.fields.get(name, ()) if shape else ())]
        why = f"catalog {shape.name}" if paths and shape else ""
        for body in bodies:
            for path, key, value in _walk(body):
                if key not in keys or path in paths or (name == "video_url" and not _looks_like_url(value)):
                    continue
                if name == "task_id" and path.count(".") > 1:
                    continue
                paths.append(path)
                why = why or "named like it in the doc's answers"
        if paths:
            proposed[name] = (paths[:4], why)
    return proposed


def _looks_like_url(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value) and _looks_like_url(value[0])
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def propose_override(family: str, spec: dict[str, Any], shapes: dict[str, Upstream], source: str) -> str:
    """The override file's text for `family`, from the imported spec and the catalog shapes it matched."""
    ops = _ops(spec)
    bodies: list[Any] = []
    for _, _, op in ops:
        for response in op["responses"].values():
            for media in (response.get("content") or {}).values():
                bodies += [e["value"] for e in (media.get("examples") or {}).values()]
    shape = next((shapes[f"{m} {p}"] for m, p, _ in ops if f"{m} {p}" in shapes), None)
    if shape is None:
        shape = next(iter(shapes.values()), None)
    enums = [
        str(v)
        for name, schema in spec["components"]["schemas"].items()
        if name.endswith(("Status", "State")) and isinstance(schema.get("enum"), list)
        for v in schema["enum"]
    ]
    status_paths, rows = _status(bodies, enums, shape)
    lines = [
        f"# {family}: the decisions no general rule can make. PROPOSED by `python -m codegen import` from {source};",
        "# every line marked REVIEW is a guess to confirm against the provider's docs before committing.",
        f"# Facts from: {source}" + (f"; catalog {shape.file} ({'; '.join(shape.sources)})" if shape else ""),
        f"family: {family}",
        f"title: {_q(spec['info']['title'])}  # REVIEW",
        "version: 1.0.0",
        "operations:",
    ]
    lines += _operation_lines(ops)
    lines += ["opaque: []", "status:"]
    if status_paths:
        lines.append(f"  fields: [{', '.join(status_paths)}]  # REVIEW: the first one present in a body wins")
    else:
        lines.append("  fields: [status]  # REVIEW: no status field found in the doc")
    lines += [f"  enum: {op_rules.pascal(family)}TaskStatus", "  values:"]
    lines += _values_lines(rows) + _fields_lines(bodies, shape)
    for key, value in (shape.extra if shape else {}).items():
        lines.append(f"{key}: {_q(str(value))}  # REVIEW (catalog {shape.name if shape else ''})")
    return "\n".join(lines) + "\n"


def yaml_paths(paths: list[str]) -> str:
    """Paths as a data file writes them: one alone, several as a flow list."""
    return paths[0] if len(paths) == 1 else f"[{', '.join(paths)}]"


def _values_lines(rows: list[tuple[str, str, str]]) -> list[str]:
    """The `status.values:` entries: each word the doc names with its guessed state and why."""
    if not rows:
        return ["    unknown: unknown  # REVIEW: the doc names no status word"]
    return [f"    {_q(word)}: {state}  # REVIEW ({why})" for word, state, why in rows]


def _fields_lines(bodies: list[Any], shape: Upstream | None) -> list[str]:
    """The `fields:` block: each field's paths found in the doc's answers (or its catalog entry), with why."""
    proposed = _fields(bodies, shape)
    lines = ["fields:" if proposed else "fields: {}  # REVIEW: no field path found"]
    lines += [f"  {name}: {yaml_paths(paths)}  # REVIEW ({why})" for name, (paths, why) in proposed.items()]
    return lines


def _operation_lines(ops: list[tuple[str, str, dict[str, Any]]]) -> list[str]:
    """The override's `operations:` entries for the doc's operations, each name and role a guess."""
    lines = []
    for method, path, op in ops:
        role = role_of(method, path, _query(op))
        op_id = op["operationId"]
        lines += [
            f"  - id: {op_id}  # REVIEW: the name users see",
            f"    role: {role}  # REVIEW",
            f"    method: {method}",
            f"    path: {path}",
            f"    model: {op_rules.pascal(op_id)}Response  # REVIEW",
            f"    summary: {_q(str(op.get('summary') or op_id))}",
        ]
    return lines


def _ops(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) of the doc's cleaned spec, queries first."""
    ops = [(method.upper(), path, op) for path, item in spec["paths"].items() for method, op in item.items()]
    ops.sort(key=lambda o: role_of(o[0], o[1], _query(o[2])) != "query")
    return ops


def _answers(op: dict[str, Any]) -> list[Any]:
    """The example bodies of the operation's 2xx answers (the doc's own, none the catalog filled in)."""
    return [
        e["value"]
        for status, response in op["responses"].items()
        if str(status).startswith("2")
        for media in (response.get("content") or {}).values()
        for e in (media.get("examples") or {}).values()
        if not str(e.get("summary", "")).startswith("catalog:")
    ]


def _described(op: dict[str, Any], paths: list[str]) -> list[str]:
    """Status words the doc lists in prose: the operation's description and the status field's own."""
    found = documented_values(str(op.get("description") or ""))
    for status, response in op["responses"].items():
        for media in (response.get("content") or {}).values() if str(status).startswith("2") else ():
            for path in paths:
                schema = media.get("schema") or {}
                for key in path.split("."):
                    schema = (schema.get("items") if key.isdigit() else (schema.get("properties") or {}).get(key)) or {}
                found += documented_values(str(schema.get("description") or ""), field=True)
                found += [str(v) for v in schema.get("enum") or ()]
    return list(dict.fromkeys(found))


_GENERIC_KEYS = {*STATUS_NAMES, *(k for keys in _FIELD_NAMES.values() for k in keys), "code", "data", "message", "msg"}


def propose_upstream(name: str, spec: dict[str, Any], source: str) -> tuple[str, str]:
    """(specs/upstreams/<name>.yaml, specs/overrides/<name>.yaml) for an upstream nobody knows, from the doc alone:
    its status field and words (examples, enums, prose), where its id, URL, progress, error and times live, the
    route fragment and keys it is recognised by, the doc's answer as its first real answer; and a family on it with
    the doc's operations. Every guess is marked # REVIEW (`make gen` names the file until none is left)."""
    ops = _ops(spec)
    query = next((op for method, path, op in ops if role_of(method, path, _query(op)) == "query"), ops[0][2])
    bodies = _answers(query)
    enums = status_enums(spec)
    paths, _ = _status(bodies, enums, None)
    _, rows = _status(bodies, enums + _described(query, paths), None)
    fragment = f"/{name}/" if f"/{name}/" in ops[0][1] else ops[0][1].split("{", 1)[0]
    vocabulary = sorted({key for body in bodies for _, key, _ in _walk(body)} - _GENERIC_KEYS)
    lines = [
        f"# {name}: an upstream API no definition knew, PROPOSED by `python -m codegen import` from {source}.",
        "# Every line marked REVIEW is a guess: check it against the provider's docs, then delete the mark;",
        "# `make gen` names this file while one is left.",
        f"upstream: {name}",
        f"title: {_q(spec['info']['title'])}  # REVIEW",
        "sources:",
        f"  - {_q(source)}  # REVIEW: name the public pages its facts come from",
        f"routes: [{_q(fragment)}]  # REVIEW: route fragments that name this upstream",
        f"vocabulary: [{', '.join(vocabulary)}]  # REVIEW: keys only this upstream's answers carry",
        "status:",
        f"  fields: {yaml_paths(paths or ['status'])}  # REVIEW",
        "  values:",
    ]
    lines += _values_lines(rows) + _fields_lines(bodies, None)
    if bodies:  # the doc's answer, as the upstream's first real answer (its state read by the proposed words)
        word = value_at(bodies[0], paths[0]) if paths else None
        state = next((said for raw, said, _ in rows if raw == str(word)), "unknown")
        lines += [
            "answers:  # REVIEW: one real answer per state, and the create answer (call: submit), each with its source",
            "  - name: doc-answer",
            f"    state: {state}  # REVIEW",
            f"    source: {_q(source)}  # REVIEW: the public page it was written from",
            f"    body: {json.dumps(bodies[0], ensure_ascii=False)}",
        ]
    override = [
        f"# {name}: the family on upstream {name} (specs/upstreams/{name}.yaml), PROPOSED by `codegen import` from",
        f"# {source}; every line marked REVIEW is a guess to confirm, then delete its mark.",
        f"family: {name}",
        f"title: {_q(spec['info']['title'])}  # REVIEW",
        "version: 1.0.0",
        f"upstream: {name}",
        "operations:",
        *_operation_lines(ops),
        "status:",
        f"  enum: {op_rules.pascal(name)}TaskStatus",
    ]
    return "\n".join(lines) + "\n", "\n".join(override) + "\n"


def _query(op: dict[str, Any]) -> tuple[str, ...]:
    return tuple(p["name"] for p in op.get("parameters", []) if p.get("in") == "query" and p.get("required"))
