"""Each reader on inline snippets and on docs we wrote for other providers (tests/codegen/docs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.model import ReadError
from codegen.readers import read_doc, read_text

DOCS = Path(__file__).parent / "docs"


def test_openapi_export_reads_fenced_block_and_resolves_refs() -> None:
    text = """# Page\n\n```yaml
openapi: 3.0.1
info: {title: ''}
paths:
  /BASE_URL/x/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          content:
            application/json:
              schema: {$ref: '#/components/schemas/T'}
              examples: {a: {summary: one, value: {s: 1}}}
components: {schemas: {T: {type: object, properties: {s: {type: integer}}}}}
```"""
    doc = read_text(text, "page.md")
    assert doc.rendering == "openapi-export"
    assert doc.title == "Page"
    (op,) = doc.operations
    assert (op.method, op.path) == ("GET", "/BASE_URL/x/{id}")
    assert op.responses[0].schema == {"type": "object", "properties": {"s": {"type": "integer"}}}
    assert [(e.name, e.value) for e in op.responses[0].examples] == [("one", {"s": 1})]


def test_apifox_text_decodes_examples_inside_json_strings() -> None:
    text = (
        'T\n\nMethodGET\nPath/t/{id}\n\n参数\n\n{"path": [{"name": "id", "required": true}]}\n\n'
        '响应\n\n[{"id": 1, "code": 200, "jsonSchema": {"type": "object"}}]\n\n'
        '响应示例\n\n[{"name": "ok", "responseId": 1, "data": "{\\r\\n \\"a\\": 1\\r\\n}"},'
        ' {"name": "bad", "responseId": 1, "data": "not json"}]\n'
    )
    doc = read_text(text, "t.txt")
    (op,) = doc.operations
    assert [e.value for e in op.responses[0].examples] == [{"a": 1}]
    assert any(f.kind == "dropped" and "bad" in f.where for f in doc.findings)


def test_apifox_table_header_variant() -> None:
    doc = read_doc(DOCS / "runway-apifox-table.txt")
    (op,) = doc.operations
    assert (doc.rendering, op.method, op.path) == ("apifox-text", "GET", "/runway/v1/tasks/{id}")
    assert op.responses[0].schema is None  # this doc declares no schema
    assert len(op.responses[0].examples) == 2


def test_newapi_page_reads_each_response_code() -> None:
    doc = read_doc(DOCS / "wan-newapi-page.md")
    (op,) = doc.operations
    assert doc.rendering == "newapi-page"
    assert [r.status for r in op.responses] == ["200", "400"]
    assert [p.name for p in op.parameters] == ["task_id"]
    assert op.responses[0].schema is not None
    assert "output" in op.responses[0].schema["properties"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        (b"# Release notes\n\nWe fixed things.\n\n| a | b |\n|---|---|\n", "not a gateway API doc"),
        (b"\xff\xfe garbage", "not UTF-8"),
    ],
)
def test_non_docs_are_refused_with_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "input"
    path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_doc(path)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)
