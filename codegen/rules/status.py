"""Status-like fields become open enums, so a value nobody documented never crashes a generated client."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from codegen.model import Finding

__all__ = ["STATUS_NAMES", "documented_values", "known_values", "open_enum", "values_at"]

STATUS_NAMES = ("status", "state", "task_status")


_WORD = r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*"
_STATUS_TALK = re.compile(r"status|state|状态|狀態|枚举|列舉|options|选项|選項|取值|values?\b|상태", re.IGNORECASE)
# where a list of values starts: `枚举值：`, `Available options:`, `可用选项:`, `Valid values`, `Enum:`, `取值:`
_LIST_MARK = re.compile(
    r"(?:枚举值?|列舉值?|可用选项|可用選項|可选值|可選值|取值(?:范围)?|available options|possible values|valid values|"
    r"allowed values|enum(?: values)?|one of|values?)\s*[:：]?\s*",
    re.IGNORECASE,
)
_SEPARATORS = r"\s*(?:[,，、/|;；]|\bor\b|\band\b|或|和)\s*"
_GLOSS = r"(?:\s*[（(][^）)]*[）)])?"  # `submitted（已提交）`: a value followed by its meaning
# words of the prose around a list, never a status value
_NOISE = frozenset(
    [
        "or",
        "and",
        "status",
        "state",
        "enum",
        "values",
        "value",
        "options",
        "option",
        "http",
        "https",
        "name",
        "type",
        "note",
        "default",
        "example",
        "examples",
        "description",
        "required",
        "optional",
        "string",
        "integer",
        "number",
        "boolean",
        "object",
        "array",
        "null",
        "true",
        "false",
        "field",
        "meaning",
    ]
)
_LIST = re.compile(rf"({_WORD}){_GLOSS}(?:{_SEPARATORS}({_WORD}){_GLOSS})+")
# a list with no marker before it: separators prose does not use between words (not a route's bare `/`)
_BARE_LIST = re.compile(rf"(?<![/\w])({_WORD}){_GLOSS}(?:(?:\s+[/|]\s+|\s*[、|]\s*)({_WORD}){_GLOSS})+")


def documented_values(description: str, field: bool = False) -> list[str]:
    """Status values a doc lists in prose, in the forms relay docs use:

    - quoted: `"NOT_START" "SUBMITTED"`, `` `queued` ``;
    - labelled: `queued: 排队中 in_progress: 生成中`, `submitted（已提交）、processing（处理中）`;
    - listed after a marker: `枚举值：a、b、c`, `Available options: a, b`, `a / b / c`, `a | b | c`;
    - table rows: `| queued | 排队中 |`.

    An operation's description counts only when it talks about a status; a status field's own (`field`)
    always does."""
    if not description or not (field or _STATUS_TALK.search(description)):
        return []
    found: list[str] = []
    found += re.findall(rf"[\"'`]({_WORD})[\"'`]", description)
    found += re.findall(r"(?m)^\s*\|\s*`?([A-Za-z][A-Za-z0-9_-]*)`?\s*\|(?!\s*-)", description)
    found += re.findall(rf"(?<![A-Za-z0-9_])({_WORD})\s*[（(][^）)]*[）)]", description)
    found += re.findall(r"(?<![A-Za-z0-9_\-])([a-z][a-z0-9_]*|[A-Z][A-Z0-9_]*)\s*[:：=]", description)
    for mark in _LIST_MARK.finditer(description):
        listed = _LIST.match(description, mark.end())
        if listed is not None:
            found += re.findall(_WORD, re.sub(r"[（(][^）)]*[）)]", " ", listed.group(0)))
    for listed in _BARE_LIST.finditer(description):  # `a / b / c` or `a、b、c` anywhere: three or more values
        words = re.findall(_WORD, re.sub(r"[（(][^）)]*[）)]", " ", listed.group(0)))
        if len(words) >= 3:
            found += words
    return list(dict.fromkeys(v for v in found if v.lower() not in _NOISE))


def values_at(value: Any, path: list[str]) -> list[str]:
    """String values found at a dotted path inside an example (lists are walked through)."""
    if isinstance(value, list):
        return [found for item in value for found in values_at(item, path)]
    if not path:
        return [value] if isinstance(value, str) else []
    if isinstance(value, dict) and path[0] in value:
        return values_at(value[path[0]], path[1:])
    return []


def known_values(*sources: Iterable[str]) -> tuple[list[str], list[Finding]]:
    """Union in first-seen order; values equal but for case collapse (the generator crashes on them)."""
    seen: dict[str, str] = {}
    findings = []
    for source in sources:
        for value in source:
            if not value:
                continue
            if value.casefold() in seen and seen[value.casefold()] != value:
                findings.append(
                    Finding(
                        "warning",
                        value,
                        f"same status as {seen[value.casefold()]!r} but for case: one enum value kept",
                    )
                )
                continue
            seen.setdefault(value.casefold(), value)
    return list(seen.values()), findings


def open_enum(schema: dict[str, Any], enum_ref: str) -> dict[str, Any]:
    """`anyOf: [named enum, string]` (+ null when nullable), keeping the field's description."""
    branches: list[dict[str, Any]] = [{"$ref": enum_ref}, {"type": "string"}]
    types = schema.get("type")
    for other in [types] if isinstance(types, str) else types if isinstance(types, list) else []:
        if other != "string":  # a field that is also a number somewhere (Volcengine's inner status code)
            branches.append({"type": other})
    out: dict[str, Any] = {"anyOf": branches}
    if schema.get("description"):
        out["description"] = schema["description"]
    return out
