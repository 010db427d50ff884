"""Small text helpers shared by the readers."""

from __future__ import annotations

import json
import re
from typing import Any

from attrs import frozen

from codegen.model import ReadError

__all__ = [
    "METHODS",
    "Field",
    "Route",
    "clean_route",
    "field_runs",
    "find_routes",
    "json_after",
    "parse_example_data",
    "schema_from_fields",
    "section_json",
    "table_fields",
    "type_of",
]

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_DECODER = json.JSONDecoder()


def json_after(text: str, pos: int, source: str, what: str) -> tuple[Any, int]:
    """Decode the JSON value that starts at the first `{` or `[` at or after `pos`."""
    match = re.compile(r"[\[{]").search(text, pos)
    if match is None:
        raise ReadError(f"{source}: no JSON value after {what}")
    try:
        value, end = _DECODER.raw_decode(text, match.start())
    except json.JSONDecodeError as exc:
        raise ReadError(f"{source}: {what} holds malformed JSON ({exc.msg} at char {exc.pos})") from None
    return value, end


def section_json(text: str, heading: str, source: str) -> Any | None:
    """The JSON value under a line that reads exactly `heading`, or None when there is no such section."""
    match = re.search(rf"(?m)^[ \t]*{re.escape(heading)}[ \t]*$", text)
    if match is None:
        return None
    return json_after(text, match.end(), source, f"section {heading}")[0]


def parse_example_data(data: Any) -> tuple[bool, Any]:
    """Apifox stores an example as a JSON document inside a JSON string; (ok, value)."""
    if not isinstance(data, str):
        return True, data
    if not data.strip():
        return False, None
    try:
        return True, json.loads(data)
    except json.JSONDecodeError:
        pass
    from codegen.readers._jsonish import loads  # `//` comments, trailing commas, spaced keys

    try:
        return True, loads(data)
    except ValueError:
        return False, None


# ---------------------------------------------------------------------------------------------------------
# Routes: method + path from header lines, labels, prose, curl commands and tables, in any rendering.

_METHOD_WORD = rf"(?<![A-Za-z])({'|'.join(METHODS)})(?![a-z0-9_])"
_LABEL = (
    r"(?:\*\*)?(?:Endpoint|Path|URL|Url|地址|路径|路徑|接口地址|请求地址|請求地址|엔드포인트|경로)"
    r"(?:\*\*)?\s*[:：]?(?:\*\*)?"
)
_TARGET = (
    r"(?:https?://[^\s`'\"<>|]+|\{\{?\s*[A-Za-z_]+\s*\}?\}[^\s`'\"<>|]*|\$\{?[A-Z_]+\}?[^\s`'\"<>|]*|/[^\s`'\"<>|]+)"
)
_INLINE = re.compile(rf"{_METHOD_WORD}(?:[ \t*`:：|>\-]|{_LABEL})*({_TARGET})")
_LONE_METHOD = re.compile(rf"(?m)^[^\n/]{{0,40}}?{_METHOD_WORD}[ \t`*|]*$")
_TARGET_LINE = re.compile(rf"({_TARGET})")
_CURL = re.compile(r"\bcurl\b")
_PLACEHOLDER = re.compile(
    r"^(?:https?://[^/\s]+|\{\{\s*[A-Za-z_]+\s*\}\}|\{[A-Za-z_]*(?:base|host|url|domain)[A-Za-z_]*\}"
    r"|\$\{?[A-Z_]+\}?|/?BASE_URL)",
    re.IGNORECASE,
)
_ROUTE_CHARS = re.compile(r"[A-Za-z0-9_\-{}:./?=&%~]+")
_SEGMENT = re.compile(r"^(?:\{[A-Za-z_][\w-]*\}|:[A-Za-z_]\w*|[A-Za-z0-9_][\w.\-]*)$")


@frozen
class Route:
    method: str
    path: str  # `/x/{id}`: no host, no placeholder prefix, no query string
    query: tuple[str, ...]  # names in the query string (`?id=` -> "id")
    pos: int  # where in the text it was found
    kind: str  # "header" | "prose" | "curl" | "table"


def clean_route(raw: str) -> tuple[str, tuple[str, ...]] | None:
    """A URL or path as printed -> (route, query names); None when it is not a route."""
    text = raw.strip().strip("`'\"<>()").replace("\\_", "_")
    text = re.sub(r"\s*/\s*", "/", text) if "\n" in text else text
    while True:  # `https://host`, `{{BASE_URL}}`, `/BASE_URL`, `${BASE}`: the user's base URL, never the route
        match = _PLACEHOLDER.match(text)
        if match is None or match.end() == 0:
            break
        text = text[match.end() :]
    if not text.startswith("/"):
        text = "/" + text
    match = _ROUTE_CHARS.match(text)
    text = match.group(0) if match else ""
    glued = re.search(r"(?<=.)https?:", text)  # a base URL run into the route (`/x/{id}https://api...`)
    if glued:
        text = text[: glued.start()]
    path, _, query = text.partition("?")
    path = re.sub(r"(?<=/):([A-Za-z_]\w*)", r"{\1}", path).rstrip("/.,:")
    path = re.sub(r"(\})[A-Za-z].*$", r"\1", path)  # `{task_id}Modified at ...`
    segments = [s for s in path.split("/") if s]
    if not segments or not any(re.search(r"[A-Za-z]", s) for s in segments):
        return None
    if not all(_SEGMENT.match(s) for s in segments) or re.fullmatch(
        r"[\w-]+\.(?:md|html?|png|jpe?g|txt)", segments[-1]
    ):
        return None
    names = tuple(dict.fromkeys(n for n in re.findall(r"(?:^|&)([A-Za-z_]\w*)", query)))
    return "/" + "/".join(segments), names


def _add(found: list[Route], method: str, raw: str, pos: int, kind: str) -> None:
    cleaned = clean_route(raw)
    if cleaned is not None:
        found.append(Route(method.upper(), cleaned[0], cleaned[1], pos, kind))


def _joined_segments(lines: list[str]) -> str:
    """Mintlify prints a route one segment per line (`/` lines between): join the run back together."""
    parts: list[str] = []
    for line in lines:
        token = line.strip()
        if not token:
            if parts:
                continue
            continue
        if token == "/" or _SEGMENT.match(token.strip("/")) or token.startswith(("http://", "https://", "{{")):
            if " " in token:
                break
            parts.append(token)
            continue
        break
    return "".join(parts)


def curl_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each curl command: its line, the lines continued with `\\`, and a quoted body's lines."""
    spans = []
    for match in _CURL.finditer(text):
        end = match.start()
        while True:
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            command = text[match.start() : line_end]
            open_quote = command.count("'") % 2 == 1
            if (text[end:line_end].rstrip().endswith("\\") or open_quote) and line_end < len(text):
                end = line_end + 1
                continue
            spans.append((match.start(), line_end))
            break
    return spans


def find_routes(text: str) -> list[Route]:
    """Every method + route the text states, in order of position, with how each was stated."""
    found: list[Route] = []
    for match in _INLINE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : text.find("\n", match.start()) % (len(text) + 1)]
        kind = "table" if line.count("|") >= 2 else "header" if match.start() - line_start < 50 else "prose"
        _add(found, match.group(1), match.group(2), match.start(), kind)
    for match in _LONE_METHOD.finditer(text):  # a verb on its own line, the route on the next lines
        following = text[match.end() :].split("\n")[1:12]
        joined = _joined_segments(following)
        if joined.count("/") >= 2:
            _add(found, match.group(1), joined, match.start(), "header")
            continue
        for offset, line in enumerate(following):
            target = _TARGET_LINE.search(line)
            if target and (offset < 3 or re.search(_LABEL, line)):
                _add(found, match.group(1), target.group(1), match.start(), "header")
                break
    for start, end in curl_spans(text):
        command = text[start + 4 : end].replace("\\\n", " ")
        url = re.search(r"(?:^|\s)['\"]?((?:https?://|\{\{|\{[A-Za-z_]+\}|\$\{?[A-Z_]+)[^\s'\"]*)", command)
        if url is None:
            continue
        verb = re.search(r"(?:-X|--request)\s*['\"]?([A-Za-z]+)", command)
        method = verb.group(1) if verb else ("POST" if re.search(r"\s(?:-d|--data\S*|-F|--form)\s", command) else "GET")
        if method.upper() in METHODS:
            _add(found, method, url.group(1), start, "curl")
    return sorted(found, key=lambda r: r.pos)


# ---------------------------------------------------------------------------------------------------------
# Fields: parameter and response-field lists, from pipe tables, tables that lost their separators and runs of
# lines (name / type / required / description), with nesting from dotted paths, `└` marks or `object {n}`.

_TYPES = {
    "string": "string", "str": "string", "字符串": "string", "文本": "string", "date-time": "string", "url": "string",
    "integer": "integer", "int": "integer", "int32": "integer", "int64": "integer", "long": "integer",
    "整数": "integer", "整型": "integer",
    "number": "number", "float": "number", "double": "number", "数字": "number", "数值": "number",
    "boolean": "boolean", "bool": "boolean", "布尔": "boolean",
    "object": "object", "dict": "object", "map": "object", "json": "object", "对象": "object",
    "array": "array", "list": "array", "数组": "array", "null": "null",
}  # fmt: skip
_REQUIRED = {"必需", "必填", "是", "required", "yes", "y", "true", "필수", "必須"}
_OPTIONAL = {"可选", "否", "optional", "no", "n", "false", "선택", "選填", "可選"}
_COUNT = re.compile(r"\{(\d+)\}")


@frozen
class Field:
    name: str  # may be dotted (`data.task_result.videos[0].url`)
    type: str  # a JSON Schema type, or "" when unknown
    required: bool = False
    description: str = ""
    depth: int = 0  # `└` marks before the name
    count: int = -1  # `object {3}`: how many direct children follow (-1: unknown)
    nullable: bool = False
    location: str = ""  # path | query | header | body | "" (the section decides)


def type_of(text: str) -> tuple[str, bool, int]:
    """`string | null` -> ("string", True, -1); `array [object {10}]` -> ("array", False, 10); unknown -> ""."""
    low = text.strip().lower().strip("`*")
    nullable = bool(re.search(r"\bnull\b", low)) and not low.startswith("null")
    count_match = _COUNT.search(low)
    count = int(count_match.group(1)) if count_match else -1
    if low.endswith("[]") or low.startswith(("array", "list", "[]", "数组")):
        return "array", nullable, count
    head = re.split(r"[\s|<\[({,;/]", low, maxsplit=1)[0]
    return _TYPES.get(head, ""), nullable, count


def _required(cell: str) -> bool | None:
    low = cell.strip().strip("*` ").lower()
    return True if low in _REQUIRED else False if low in _OPTIONAL else None


_HEADER_WORDS = {
    "name": ("name", "参数", "参数名", "字段", "字段名", "名称", "parameter", "field", "key", "属性", "參數", "이름"),
    "type": ("type", "类型", "類型", "타입", "数据类型"),
    "required": ("required", "必填", "必需", "是否必填", "是否必须", "必選", "필수"),
    "in": ("in", "位置", "location", "参数位置"),
    "description": ("description", "说明", "描述", "desc", "說明", "备注", "설명", "含义"),
}


def _columns(cells: list[str]) -> dict[int, str]:
    keys: dict[int, str] = {}
    for index, cell in enumerate(cells):
        low = cell.strip().strip("*").lower()
        for key, words in _HEADER_WORDS.items():
            if low in words and key not in keys.values():
                keys[index] = key
    return keys


def _field_from_cells(row: dict[str, str]) -> Field | None:
    raw_name = row.get("name", "").strip().strip("`*").replace("\\_", "_")
    depth = raw_name.count("└") + raw_name.count("»")
    name = re.sub(r"^[\s└»─├|-]+", "", raw_name).strip().strip("`")
    if not re.fullmatch(r"[A-Za-z_$][\w.\-\[\]$]*", name):
        return None
    kind, nullable, count = type_of(row.get("type", ""))
    required = _required(row.get("required", "")) or False
    location = row.get("in", "").strip().lower()
    return Field(name, kind, required, row.get("description", "").strip(), depth, count, nullable, location)


def table_fields(lines: list[str]) -> list[Field]:
    """Fields from every table in `lines`: Markdown pipe tables, or rows with no leading `|` (VitePress text)."""
    fields: list[Field] = []
    columns: dict[int, str] = {}
    for line in lines:
        stripped = line.strip()
        if stripped.count("|") < 2 and not (stripped.count("|") == 1 and columns):
            columns = {} if not stripped else columns
            continue
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if set("".join(cells)) <= set("-: "):
            continue
        header = _columns(cells)
        if "name" in header.values() and ("type" in header.values() or "description" in header.values()):
            columns = header
            continue
        if not columns:
            continue
        field = _field_from_cells({key: cells[i] for i, key in columns.items() if i < len(cells)})
        if field is not None:
            fields.append(field)
    return fields


_RUN_TOGETHER = re.compile(
    r"^([A-Za-z_][\w.\[\]]*?)(path|query|header|body)?(string|integer|number|boolean|object|array|int|float)"
    r"(Yes|No|Required|Optional|是|否|必需|可选|必填)?(.*)$",
    re.IGNORECASE,
)


def run_together_fields(lines: list[str]) -> list[Field]:
    """Rows whose cells were glued (`task_idstringYes任务 ID`, `job_idpathYes`), after a glued header row."""
    fields: list[Field] = []
    active = False
    for line in lines:
        text = line.strip()
        low = text.lower().replace(" ", "")
        if re.match(r"^(name|参数名|参数|字段)(in|位置)?(type|类型)", low) or low.startswith("namelocationrequired"):
            active = True
            continue
        if not active:
            continue
        match = _RUN_TOGETHER.match(text)
        if match is None:
            if re.match(r"^([A-Za-z_]\w*?)(path|query|header)(yes|no)", text, re.IGNORECASE):
                glued = re.match(r"^([A-Za-z_]\w*?)(path|query|header)(yes|no)(.*)$", text, re.IGNORECASE)
                assert glued is not None
                fields.append(Field(glued.group(1), "string", glued.group(3).lower() == "yes", glued.group(4).strip(),
                                    location=glued.group(2).lower()))  # fmt: skip
                continue
            if not text or text.startswith(("#", "```")) or len(text) > 200:
                active = False
            continue
        name, location, kind, required, rest = match.groups()
        fields.append(
            Field(
                name,
                type_of(kind)[0],
                _required(required or "") or False,
                rest.strip(),
                location=(location or "").lower(),
            )
        )
    return fields


_RUN_NAME = re.compile(r"^[└»\s]*([A-Za-z_$][\w.\-\[\]$]*)\s*([*?])?$")
_FUMADOCS = re.compile(r"^([A-Za-z_][\w.\[\]]*?)(\*|\?|Required)(string|integer|number|boolean|object|array)(.*)$")


def field_runs(lines: list[str]) -> list[Field]:
    """Fields printed as runs of lines: a name, then its type (`string`, `object {3}`), then `required`/`必需`."""
    fields: list[Field] = []
    i = 0
    while i < len(lines):
        text = lines[i].strip()
        glued = _FUMADOCS.match(text)
        if glued:
            name, mark, kind, rest = glued.groups()
            kind_, nullable, count = type_of(kind + rest)
            fields.append(Field(name, kind_, mark in {"*", "Required"}, "", count=count, nullable=nullable))
            i += 1
            continue
        name_match = _RUN_NAME.match(text)
        if name_match is None or i + 1 >= len(lines):
            i += 1
            continue
        type_line = lines[i + 1].strip()
        kind, nullable, count = type_of(type_line)
        if not kind or len(type_line) > 40:
            i += 1
            continue
        required = name_match.group(2) == "*"
        description = ""
        j = i + 2
        for k in range(i + 2, min(i + 4, len(lines))):
            flag = _required(lines[k])
            if flag is not None:
                required = required or flag
                j = k + 1
                break
        if j < len(lines) and not _RUN_NAME.match(lines[j].strip()) and not type_of(lines[j])[0]:
            description = lines[j].strip()
        depth = text.count("└")
        fields.append(Field(name_match.group(1), kind, required, description, depth, count, nullable))
        i = j
    return fields


def _nest(fields: list[Field]) -> list[tuple[Field, list[Any]]]:
    """Rebuild the tree of a flattened list from `object {n}` counts or `└` depths."""
    if any(f.count >= 0 for f in fields):
        position = 0

        def take(limit: int) -> list[tuple[Field, list[Any]]]:
            nonlocal position
            out: list[tuple[Field, list[Any]]] = []
            while position < len(fields) and (limit < 0 or len(out) < limit):
                field = fields[position]
                position += 1
                out.append((field, take(field.count) if field.count > 0 else []))
            return out

        return take(-1)
    roots: list[tuple[Field, list[Any]]] = []
    stack: list[tuple[int, list[Any]]] = [(-1, roots)]
    for field in fields:
        node: tuple[Field, list[Any]] = (field, [])
        while stack[-1][0] >= field.depth:
            stack.pop()
        stack[-1][1].append(node)
        stack.append((field.depth, node[1]))
    return roots


def _leaf(field: Field) -> dict[str, Any]:
    schema: dict[str, Any] = {}
    if field.type:
        schema["type"] = [field.type, "null"] if field.nullable else field.type
    if field.description:
        schema["description"] = field.description
    return schema


def _insert(schema: dict[str, Any], parts: list[str], field: Field, children: list[Any]) -> None:
    head, array = re.subn(r"\[\d*\]$", "", parts[0])
    props = schema.setdefault("properties", {})
    if not schema.get("type"):
        schema["type"] = "object"
    node = props.setdefault(head, {})
    if array or (len(parts) > 1 and node.get("type") == "array"):
        node["type"] = "array"
        node = node.setdefault("items", {})
    if len(parts) > 1:
        _insert(node, parts[1:], field, children)
        return
    for key, value in _leaf(field).items():
        node.setdefault(key, value)
    if field.required:
        schema.setdefault("required", [])
        if head not in schema["required"]:
            schema["required"].append(head)
    if children:
        target = node
        if node.get("type") == "array":
            target = node.setdefault("items", {"type": "object"})
        for child, grand in children:
            _insert(target, re.split(r"\.(?![^\[]*\])", child.name), child, grand)


def schema_from_fields(fields: list[Field]) -> dict[str, Any] | None:
    """An object schema from field rows; dotted names nest (`data.videos[0].url`)."""
    if not fields:
        return None
    root: dict[str, Any] = {"type": "object"}
    for field, children in _nest(fields):
        _insert(root, field.name.split("."), field, children)
    return root if root.get("properties") else None
