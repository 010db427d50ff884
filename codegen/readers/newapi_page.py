"""Rendering 3: a new-api documentation page.

`METHOD /path` on a line of its own, a Markdown table of request parameters, then one block per response code
(`200 description`, a field table, then `原始 Schema` / `Raw Schema` followed by a JSON Schema).
"""

from __future__ import annotations

import re
from typing import Any

from codegen.model import Example, Operation, Parameter, RawDoc, ReadError, Response
from codegen.readers._text import METHODS, json_after

__all__ = ["detect", "read"]

_SCHEMA_MARK = re.compile(r"(?m)^[ \t]*(?:原始 ?Schema|Raw Schema)[ \t]*$")
_OPERATION = re.compile(rf"(?m)^[ \t]*({'|'.join(METHODS)})[ \t]+(/\S*)[ \t]*$")
# a response heading may follow the previous schema's closing brace on the same line
_RESPONSE = re.compile(r"(?m)(?:^|(?<=\}))[ \t]*([1-5]\d\d|default)[ \t]+([^\n|]*)$")
_PARAM_HEADINGS = ("请求参数", "Request Parameters", "Parameters", "参数")
_COLUMNS = {
    "name": ("名称", "name", "参数名"),
    "in": ("位置", "in", "location"),
    "required": ("必填", "required"),
    "type": ("类型", "type"),
    "description": ("说明", "description", "描述"),
}


def detect(text: str) -> bool:
    return bool(_SCHEMA_MARK.search(text) and _OPERATION.search(text))


def _table_rows(lines: list[str]) -> list[dict[str, str]]:
    """The first Markdown table in `lines`, as dicts keyed by our column names."""
    rows: list[list[str]] = []
    for line in lines:
        if line.strip().startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif rows:
            break
    if len(rows) < 2:
        return []
    header = rows[0]
    keys = {}
    for index, cell in enumerate(header):
        for key, names in _COLUMNS.items():
            if cell.lower() in {n.lower() for n in names}:
                keys[index] = key
    return [
        {keys[i]: cell for i, cell in enumerate(row) if i in keys}
        for row in rows[2:]
        if not set("".join(row)) <= set("-: ")
    ]


def _parameters(text: str, start: int, stop: int) -> list[Parameter]:
    region = text[start:stop]
    heading = next((m for h in _PARAM_HEADINGS if (m := re.search(rf"(?m)^[ \t]*{re.escape(h)}[ \t]*$", region))), None)
    if heading is None:
        return []
    params = []
    for row in _table_rows(region[heading.end() :].splitlines()):
        location = row.get("in", "").lower()
        if not row.get("name") or location not in {"path", "query", "header", "cookie"}:
            continue
        params.append(
            Parameter(
                name=row["name"],
                location=location,
                required=row.get("required", "").lower() in {"是", "yes", "true", "required", "y"},
                description=row.get("description", ""),
                schema={"type": (row.get("type") or "string").split()[0]},
            )
        )
    return params


def read(text: str, source: str) -> RawDoc:
    op_match = _OPERATION.search(text)
    if op_match is None:
        raise ReadError(f"{source}: not this rendering")
    before = [line.strip() for line in text[: op_match.start()].splitlines() if line.strip()]
    title = before[-1] if before else ""
    marks = list(_SCHEMA_MARK.finditer(text))
    headings = [m for m in _RESPONSE.finditer(text) if m.start() > op_match.end()]
    first_response = min([h.start() for h in headings] + [marks[0].start()])

    after = text[op_match.end() : first_response]
    description = re.split(r"(?m)^[ \t]*(?:认证|请求参数|Request Parameters|Authentication)[ \t]*$", after)[0]

    responses: list[Response] = []
    for index, heading in enumerate(headings):
        stop = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        mark = next((m for m in marks if heading.end() <= m.start() < stop), None)
        schema: Any = None
        if mark is not None:
            schema, _ = json_after(text, mark.end(), source, f"the {heading.group(1)} response's schema")
        examples: tuple[Example, ...] = ()
        responses.append(
            Response(
                status=heading.group(1),
                description=heading.group(2).strip(),
                schema=schema if isinstance(schema, dict) else None,
                examples=examples,
            )
        )
    operation = Operation(
        method=op_match.group(1),
        path=op_match.group(2),
        summary=title,
        description=description.strip(),
        parameters=tuple(_parameters(text, op_match.end(), first_response)),
        responses=tuple(responses),
        source=source,
    )
    return RawDoc(source, "newapi-page", title, (operation,))
