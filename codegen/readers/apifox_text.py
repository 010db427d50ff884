"""Rendering 2: an Apifox page rendered to text.

Header lines (`MethodGET` / `Path/x`, or a Markdown table `| Method | GET |`), then sections 参数 (parameters),
请求体 (request body), 响应 (responses, each with a `jsonSchema`) and 响应示例 (examples whose `data` is a JSON
document inside a JSON string).
"""

from __future__ import annotations

import re
from typing import Any

from codegen.model import Example, Finding, Operation, Parameter, RawDoc, ReadError, Response
from codegen.readers._text import METHODS, parse_example_data, section_json

__all__ = ["detect", "read"]

_SECTIONS = ("说明", "概览", "参数", "请求体", "响应", "响应示例")
_METHOD = re.compile(rf"(?m)^\|?\s*Method\s*\|?\s*({'|'.join(METHODS)})\s*\|?\s*$")
_PATH = re.compile(r"(?m)^\|?\s*Path\s*\|?\s*(/\S*?)\s*\|?\s*$")


def detect(text: str) -> bool:
    return bool(_METHOD.search(text) and _PATH.search(text) and re.search(r"(?m)^\s*响应\s*$", text))


def _description(text: str) -> str:
    match = re.search(r"(?ms)^\s*说明\s*$(.*?)^\s*(?:概览|参数)\s*$", text)
    return match.group(1).strip() if match else ""


def _parameters(raw: Any) -> list[Parameter]:
    params: list[Parameter] = []
    if not isinstance(raw, dict):
        return params
    for location in ("path", "query", "header", "cookie"):
        for item in raw.get(location) or ():
            if not isinstance(item, dict) or not item.get("name"):
                continue
            schema: dict[str, Any] = {"type": str(item.get("type") or "string")}
            if item.get("sampleValue") not in (None, ""):
                schema["examples"] = [item["sampleValue"]]
            params.append(
                Parameter(
                    name=str(item["name"]),
                    location=location,
                    required=bool(item.get("required", location == "path")),
                    description=str(item.get("description") or ""),
                    schema=schema,
                )
            )
    return params


def read(text: str, source: str) -> RawDoc:
    method_match, path_match = _METHOD.search(text), _PATH.search(text)
    if method_match is None or path_match is None:
        raise ReadError(f"{source}: an Apifox page needs both Method and Path header lines")
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    findings: list[Finding] = []

    body = section_json(text, "请求体", source)
    request_body = None
    if isinstance(body, dict) and isinstance(body.get("jsonSchema"), dict):
        schema = body["jsonSchema"]
        if schema.get("properties") or body.get("type") not in (None, "", "none"):
            request_body = dict(schema)

    raw_responses = section_json(text, "响应", source)
    raw_examples = section_json(text, "响应示例", source)
    examples_by_response: dict[Any, list[Example]] = {}
    for index, item in enumerate(raw_examples if isinstance(raw_examples, list) else []):
        if not isinstance(item, dict):
            continue
        name = str(item.get("name") or f"example {index + 1}")
        ok, value = parse_example_data(item.get("data"))
        if not ok:
            findings.append(Finding("dropped", f"example {name!r}", "its data is not JSON"))
            continue
        examples_by_response.setdefault(item.get("responseId"), []).append(Example(name, value, source))

    responses: list[Response] = []
    for item in raw_responses if isinstance(raw_responses, list) else []:
        if not isinstance(item, dict):
            continue
        schema = item.get("jsonSchema")
        responses.append(
            Response(
                status=str(item.get("code") or "200"),
                description=str(item.get("name") or ""),
                schema=dict(schema) if isinstance(schema, dict) else None,
                examples=tuple(examples_by_response.pop(item.get("id"), [])),
            )
        )
    orphans = [example for group in examples_by_response.values() for example in group]
    if orphans:  # examples that name no response belong to the first success response
        success = next((i for i, r in enumerate(responses) if r.status.startswith("2")), None)
        if success is None:
            responses.append(Response(status="200", examples=tuple(orphans)))
        else:
            target = responses[success]
            responses[success] = Response(
                target.status, target.description, target.schema, target.examples + tuple(orphans)
            )
        findings.append(Finding("inferred", "examples", f"{len(orphans)} example(s) name no response; filed under 2xx"))

    operation = Operation(
        method=method_match.group(1),
        path=path_match.group(1),
        summary=title,
        description=_description(text),
        parameters=tuple(_parameters(section_json(text, "参数", source))),
        request_body=request_body,
        responses=tuple(responses),
        source=source,
    )
    return RawDoc(source, "apifox-text", title, (operation,), tuple(findings))
