"""The engine behind the text readers: a page (any site generator, any locale) -> operations.

A page states its routes somewhere (header lines, labels, prose, a curl, a route table); each operation gets the
part of the page that follows its route. In that part, section headings say where fields belong (path, query,
body, response); fields come from tables or runs of lines; JSON values are examples or schemas by what precedes
them and what they look like.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from codegen.model import Example, Finding, Operation, Parameter, RawDoc, ReadError, Response
from codegen.readers._jsonish import find_values
from codegen.readers._text import (
    Field,
    Route,
    curl_spans,
    field_runs,
    find_routes,
    run_together_fields,
    schema_from_fields,
    table_fields,
)

__all__ = ["read_page", "role_of", "title_of"]

_NOISE = re.compile(
    r"^(?:切换主题|主题|跳[到转]?(?:至|到)?主要内容|跳轉到主要內容|Skip to (?:main )?content|On this page|本页|"
    r"Documentation Index|.*llms\.txt.*|Markdown|LLMs\.txt|Search|搜索|Copy page|复制页面|메인 콘텐츠로 건너뛰기|"
    r"[A-Z]{3,7}|text|json|bash|shell|http|yaml)$",
    re.IGNORECASE,
)
_RESPONSE_HEAD = re.compile(
    r"^[#*>\s\d.、🟢🟠🔴-]*(?:返回响应|返回参数|返回结果|返回值|返回示例|响应参数|响应示例|响应|回應|回应|应答|응답|"
    r"Responses?\b|Returns?\b|Response Body|出参|输出参数|Output)",
    re.IGNORECASE,
)
_SECTIONS = (
    ("path", r"(?:Path\s*(?:参数|參數|Param(?:eter)?s?)|路径参数|路徑參數|경로\s*(?:매개변수|파라미터))"),
    ("query", r"(?:Query\s*(?:参数|參數|Param(?:eter)?s?)|查询参数|查詢參數|쿼리\s*(?:매개변수|파라미터))"),
    ("header", r"(?:Header\s*(?:参数|參數|Param(?:eter)?s?)?|请求头|請求頭|Authorizations?|授权|授權|认证|認證|인증)"),
    (
        "body",
        r"(?:Body(?:\s*Param(?:eter)?s?)?|Request Body|Request|请求体|請求體|请求参数|請求參數|"
        r"Request\s*Param(?:eter)?s?|입력|요청 본문|Body 参数)",
    ),
)
_REQUEST_LABEL = re.compile(r"请求示例|請求範例|请求体|Request|Body|curl|-d\b|--data|入参|요청", re.IGNORECASE)
_RESPONSE_LABEL = re.compile(
    r"响应|返回|回應|回应|Response|Success|成功|失败|失敗|Fail|Error|응답|🟢|(?<!\d)[1-5]\d\d(?!\d)", re.IGNORECASE
)
_EXAMPLE_LABEL = re.compile(r"Example|示例|範例|例子|예시|Sample", re.IGNORECASE)
_QUERY_WORDS = re.compile(r"(?:^|/)(?:query|fetch|status|result|retrieve|get|detail|tasks?)(?:/|$|_)")
_ERROR_KEYS = {"error", "code", "message", "msg", "detail", "type", "param", "request_id", "success", "err"}


def title_of(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip().strip("*")
        if stripped and not _NOISE.match(stripped) and not stripped.startswith((">", "<", "[", "!", "-", "|")):
            return stripped[:120]
    return ""


def role_of(method: str, path: str, query: tuple[str, ...] = ()) -> str:
    if "{" in path or query or method in {"GET", "HEAD"}:
        return "query"
    return "query" if _QUERY_WORDS.search(path.lower()) and "task" not in path.rsplit("/", 1)[-1] else "submit"


def _agreed(stated: str, curl: str, title: str) -> str | None:
    """The stated route cut to what the curl sends, when the curl sends its leading segments (a concrete id where it
    has a placeholder) and the title names none of the segments cut: `/v/{id}/remix` and a curl to `/v/abc` on a
    status page agree on `/v/{id}`. None when they do not agree so."""
    want, sent = stated.strip("/").split("/"), curl.strip("/").split("/")
    if len(sent) >= len(want) or not any(w.startswith("{") for w in want[: len(sent)]):
        return None
    if any(w != c and not w.startswith("{") for w, c in zip(want, sent, strict=False)):
        return None
    if any(w.lower() in title.lower() for w in want[len(sent) :]):
        return None
    return "/" + "/".join(want[: len(sent)])


def _choose(routes: list[Route], title: str = "") -> tuple[list[tuple[Route, list[Route]]], list[Finding]]:
    """Distinct operations, each with every occurrence; same-role routes that disagree are one contradicted op."""
    findings: list[Finding] = []
    by_key: dict[tuple[str, str], list[Route]] = {}
    stated_paths = {(r.method, r.path) for r in routes if r.kind != "curl"}
    agreed_keys: set[tuple[str, str]] = set()
    for route in routes:
        if route.kind == "curl" and (route.method, route.path) not in stated_paths:
            # a route line the method, the curl and the title contradict gives way to what they agree on
            for method, path in sorted(stated_paths):
                agreed = _agreed(path, route.path, title) if method == route.method else None
                if agreed is not None:
                    findings.append(
                        Finding(
                            "contradiction",
                            f"{method} {agreed}",
                            f"the page states {method} {path}, but its curl sends {route.method} {route.path} and "
                            f"its title ({title}) names no {path[len(agreed) + 1 :]}: kept {method} {agreed}",
                        )
                    )
                    route = Route(route.method, agreed, route.query, route.pos, "curl")
                    agreed_keys.add((route.method, agreed))
                    break
        by_key.setdefault((route.method, route.path), []).append(route)
    stated = {k for k, v in by_key.items() if any(r.kind != "curl" for r in v)}
    # a curl on the same route as a stated one only guessed its verb
    for key in [k for k in by_key if k not in stated]:
        if any(path == key[1] for _, path in stated):
            del by_key[key]
    tabled = {k for k, v in by_key.items() if any(r.kind == "table" for r in v)}
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key, found in by_key.items():
        role = role_of(key[0], key[1], found[0].query)
        group = ("table", key[1]) if key in tabled else (key[0], role)
        groups.setdefault(group, []).append(key)
    chosen: list[tuple[Route, list[Route]]] = []
    for keys in groups.values():

        def weight(key: tuple[str, str]) -> tuple[bool, int, bool, bool]:
            occurrences = by_key[key]
            return key in agreed_keys, len(occurrences), "{" in key[1], any(r.kind == "curl" for r in occurrences)

        best = max(keys, key=weight)
        for other in keys:
            if other != best:
                findings.append(
                    Finding(
                        "contradiction",
                        f"{best[0]} {best[1]}",
                        f"the page also states {other[0]} {other[1]} for the same operation; "
                        f"kept the route stated {weight(best)[1]} time(s)"
                        + (" (as the curl sends it)" if weight(best)[3] else ""),
                    )
                )
        occurrences = by_key[best]
        query = tuple(dict.fromkeys(q for r in occurrences for q in r.query))
        first = occurrences[0]
        chosen.append((Route(first.method, first.path, query, first.pos, first.kind), occurrences))
    return chosen, findings


def _anchor(text: str, occurrences: list[Route], others: list[Route]) -> int:
    """Where an operation's part of the page starts: its first mention outside a table of routes."""
    for route in occurrences:
        if route.kind != "table":
            line_start = text.rfind("\n", 0, route.pos) + 1
            heading = text.rfind("\n#", 0, line_start)
            if heading >= 0 and text.count("\n", heading, line_start) <= 4:
                return heading + 1
            return line_start
    return occurrences[0].pos


def _section_of(line: str) -> str | None:
    stripped = line.strip().strip("#*>` ").strip()
    if not stripped or len(stripped) > 40:
        return None
    if _RESPONSE_HEAD.match(stripped):
        return "response"
    for name, pattern in _SECTIONS:
        if re.match(rf"^(?:\d+[.、]\s*)?{pattern}(?:\s|$|[:：]|application/)", stripped, re.IGNORECASE):
            return name
    return None


FieldParser = Callable[[list[str]], list[Field]]
PARSERS: tuple[FieldParser, ...] = (table_fields, run_together_fields, field_runs)


def _fields(lines: list[str]) -> list[Field]:
    """The parser that finds the most fields in these lines wins (each rendering prints fields one way)."""
    best: list[Field] = []
    for parser in PARSERS:
        found = parser(lines)
        if len(found) > len(best):
            best = found
    return best


def _label_before(text: str, pos: int) -> str:
    for line in reversed(text[:pos].splitlines()[-4:]):
        stripped = line.strip()
        if stripped and stripped not in {"json", "JSON", "text", "```json", "```", "```text"}:
            return stripped[-80:]
    return ""


def _is_schema(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and value.get("type") in {"object", "array"}
        and (isinstance(value.get("properties"), dict) or "items" in value)
    )


def _is_error(value: Any) -> bool:
    if not isinstance(value, dict) or not value:
        return False
    if isinstance(value.get("error"), dict) and len(value) <= 2:
        return True
    keys = set(value)
    return keys <= _ERROR_KEYS and bool(keys & {"error", "message", "msg"}) and value.get("code") not in (0, "success")


class _Part:
    """One operation's part of the page, sectioned."""

    def __init__(self, text: str, start: int, stop: int) -> None:
        self.text, self.start, self.stop = text, start, stop
        self.lines_by_section: dict[str, list[str]] = {}
        self.marks: list[tuple[int, str]] = []  # (offset, section) where each explicit section starts
        section = "body"
        offset = start
        for line in text[start:stop].split("\n"):
            found = _section_of(line)
            if found is not None and section == "response" and self.marks:
                found = "response"  # a response's own `Body` / `Header` headings stay in the response
            if found is not None:
                section = found
                self.marks.append((offset, found))
            self.lines_by_section.setdefault(section, []).append(line)
            offset += len(line) + 1

    def section_at(self, pos: int) -> str:
        """The explicit section a position is in, or "" before the first heading."""
        return next((name for offset, name in reversed(self.marks) if offset <= pos), "")


def _operation(route: Route, part: _Part, title: str, source: str, findings: list[Finding]) -> Operation:
    where = f"{route.method} {route.path}"
    text = part.text
    params: dict[tuple[str, str], Parameter] = {}
    template = set(re.findall(r"\{([^{}/]+)\}", route.path))
    body_fields: list[Field] = []
    for section in ("path", "query", "header", "body"):
        for field in _fields(part.lines_by_section.get(section, [])):
            location = field.location or section
            if location == "body" and field.name in template:
                location = "path"
            elif location == "body" and field.name in route.query:
                location = "query"
            if location == "body":
                body_fields.append(field)
            elif location in {"path", "query", "header", "cookie"} and "." not in field.name:
                schema = {"type": field.type or "string"}
                params.setdefault(
                    (field.name, location),
                    Parameter(field.name, location, field.required or location == "path", field.description, schema),
                )
    concrete = [n for (n, loc) in params if loc == "path" and n not in template]
    if concrete and route.kind == "curl" and not template:  # a curl with a real id where the route has its name
        route = Route(route.method, route.path.rsplit("/", 1)[0] + "/{" + concrete[0] + "}", route.query, 0, "curl")
        where = f"{route.method} {route.path}"
        findings.append(
            Finding("inferred", where, f"the curl's last segment is a value of path parameter {concrete[0]}")
        )
    for name in route.query:
        params.setdefault((name, "query"), Parameter(name, "query", True, "", {"type": "string"}))
        findings.append(Finding("inferred", f"{where} query parameter {name}", "named in the route's query string"))
    response_fields = _fields(part.lines_by_section.get("response", []))

    examples: dict[str, list[Example]] = {}
    schemas: dict[str, dict[str, Any]] = {}
    curls = [(a - part.start, b - part.start) for a, b in curl_spans(text)]
    for begin, _end, value in find_values(text, part.start, part.stop):
        if any(part.start + a <= begin < part.start + b for a, b in curls):
            continue  # the curl's own request body
        if isinstance(value, dict) and (
            "openapi" in value or "paths" in value or ("query" in value and "path" in value)
        ):
            continue
        label = _label_before(text, begin)
        section = part.section_at(begin)
        code_match = re.search(r"(?<!\d)([1-5]\d\d)(?!\d)", label)
        status = code_match.group(1) if code_match else "200"
        strong = bool(_RESPONSE_LABEL.search(label))
        if _is_schema(value):
            if section == "response" or strong:
                schemas.setdefault(status, value)
            continue
        body_names = {f.name.split(".")[0] for f in body_fields}
        request_like = isinstance(value, dict) and body_names and len(set(value) & body_names) * 2 >= len(value)
        if section == "response" or strong:
            request = False
        elif section:  # under a path/query/body heading: the request's own example
            request = True
        else:
            request = bool(_REQUEST_LABEL.search(label)) or bool(request_like)
        if request:
            findings.append(Finding("dropped", f"{where} request example", "a request body, not a response"))
            continue
        if not isinstance(value, dict) and not (isinstance(value, list) and value and isinstance(value[0], dict)):
            continue
        if _is_error(value) and status.startswith("2"):
            status = "400"
        named = strong or _EXAMPLE_LABEL.search(label)
        name = re.sub(r"[`*#>]", "", label).strip()[:60] if named else ""
        examples.setdefault(status, []).append(
            Example(name or f"example {sum(map(len, examples.values())) + 1}", value, source)
        )
    responses: list[Response] = []
    statuses = sorted(set(examples) | set(schemas) | ({"200"} if response_fields else set()))
    for status in statuses:
        answer: dict[str, Any] | None = schemas.get(status)
        if answer is None and status == "200":
            answer = schema_from_fields(response_fields)
        responses.append(Response(status, "", answer, tuple(examples.get(status, ()))))
    return Operation(
        method=route.method,
        path=route.path,
        summary=title,
        parameters=tuple(params.values()),
        request_body=schema_from_fields(body_fields) if route.method not in {"GET", "HEAD", "DELETE"} else None,
        responses=tuple(responses),
        source=source,
    )


def read_page(text: str, source: str, rendering: str, prepare: Callable[[str], str] | None = None) -> RawDoc:
    """Every operation the page states, with its parameters, body, response fields and examples."""
    text = prepare(text) if prepare else text
    routes = find_routes(text)
    if not routes:
        raise ReadError(f"{source}: {rendering} page, but no method and route in it")
    title = title_of(text)
    chosen, findings = _choose(routes, title)
    anchors = sorted(((_anchor(text, occ, routes), route) for route, occ in chosen), key=lambda a: a[0])
    operations = []
    for index, (start, route) in enumerate(anchors):
        stop = anchors[index + 1][0] if index + 1 < len(anchors) else len(text)
        if len(anchors) == 1:
            start = 0
        operations.append(_operation(route, _Part(text, start, stop), title, source, findings))
    return RawDoc(source, rendering, title, tuple(operations), tuple(findings))
