"""Rules on an operation's shape: path prefix, transport headers, bodies on reads, names."""

from __future__ import annotations

import re
import unicodedata

import attrs

from codegen.model import Finding, Operation, Parameter

__all__ = [
    "ascii_words",
    "declare_path_params",
    "drop_boilerplate",
    "drop_read_body",
    "drop_transport_params",
    "operation_id",
    "pascal",
    "snake",
    "strip_base_prefix",
    "tag_for",
]

# `/BASE_URL`, `/{{baseUrl}}`, `/{BASE_URL}`: a placeholder for the gateway host, never part of the route
_BASE_PREFIX = re.compile(r"^/(?:\{\{[^}/]*\}\}|\{?base[_-]?url\}?)(?=/|$)", re.IGNORECASE)
_READS = {"GET", "HEAD", "DELETE", "OPTIONS"}
_VERSION = re.compile(r"^v\d+(?:beta\d*|alpha\d*)?$")


def strip_base_prefix(path: str) -> tuple[str, list[Finding]]:
    match = _BASE_PREFIX.match(path)
    if match is None:
        return path, []
    cleaned = path[match.end() :] or "/"
    return cleaned, [Finding("dropped", path, f"path prefix {match.group(0)!r}: the base URL is the user's")]


def declare_path_params(path: str, params: list[Parameter]) -> tuple[list[Parameter], list[Finding]]:
    """Every `{name}` in the path is a required string parameter, declared or not; others are dropped."""
    in_template = re.findall(r"\{([^{}/]+)\}", path)
    kept, findings = [], []
    for param in params:
        if param.location == "path" and param.name not in in_template:
            findings.append(Finding("dropped", f"parameter {param.name}", "path parameter not in the path"))
            continue
        kept.append(
            param
            if param.location != "path"
            else Parameter(param.name, "path", True, param.description, param.schema or {"type": "string"})
        )
    declared = {p.name for p in kept if p.location == "path"}
    for name in in_template:
        if name not in declared:
            kept.append(Parameter(name, "path", True, "", {"type": "string"}))
            findings.append(Finding("inferred", f"parameter {name}", "declared from the path template"))
    return kept, findings


def drop_transport_params(params: list[Parameter]) -> tuple[list[Parameter], list[Finding]]:
    """Header and cookie parameters are transport concerns (auth, content negotiation): the client owns them."""
    kept = [p for p in params if p.location in {"path", "query"}]
    findings = [
        Finding(
            "dropped",
            f"{p.location} parameter {p.name}",
            "transport header; bearer security declared instead"
            if p.name.lower() == "authorization"
            else "transport header, set by the client",
        )
        for p in params
        if p.location not in {"path", "query"}
    ]
    return kept, findings


def drop_read_body(op: Operation) -> tuple[Operation, list[Finding]]:
    if op.method not in _READS or (op.request_body is None and op.request_forms is None):
        return op, []
    finding = Finding("dropped", f"{op.method} request body", "a read carries no body (copied from another endpoint)")
    return attrs.evolve(op, request_body=None, request_forms=None, request_required=False), [finding]


# Text the Apifox projects paste into every endpoint from their chat-completions page; relays clone it.
_BOILERPLATE = (
    "给定一个提示,该模型将返回一个或多个预测的完成,并且还可以返回每个位置的替代标记的概率。",
    "为提供的提示和参数创建完成",
    "Given a prompt, the model will return one or more predicted completions",
    "Creates a completion for the provided prompt and parameters",
)


def drop_boilerplate(description: str) -> tuple[str, list[Finding]]:
    kept = [line for line in description.splitlines() if not any(b in line for b in _BOILERPLATE)]
    cleaned = "\n".join(kept).strip()
    if cleaned == description.strip():
        return description, []
    return cleaned, [Finding("dropped", "description", "boilerplate copied from a chat-completions endpoint")]


def ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", folded)
    return [w.lower() for w in re.findall(r"[A-Za-z0-9]+", folded)]


def snake(text: str) -> str:
    return "_".join(ascii_words(text))


def pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in ascii_words(text))


def _route_words(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s and not s.startswith("{") and not _VERSION.match(s)]


def operation_id(method: str, path: str) -> str:
    """`GET /v1/videos/{id}` -> `get_videos_by_id`: ASCII, stable, unique per method and route."""
    words = [method.lower(), *(w for s in _route_words(path) for w in ascii_words(s))]
    params = [snake(p) for p in re.findall(r"\{([^{}/]+)\}", path)]
    return "_".join(words + (["by", *params] if params else []))


def tag_for(path: str) -> str:
    words = _route_words(path)
    return snake(words[0]) if words else "default"
