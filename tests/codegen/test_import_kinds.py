"""The damaged kinds of page the importer reads clean; each doc in docs/kinds/ was written for these tests."""

from __future__ import annotations

from pathlib import Path

from codegen.catalog.apply import judge
from codegen.readers import read_doc

KINDS = Path(__file__).parent / "docs" / "kinds"


def test_an_unquoted_colon_inside_a_value_is_quoted_and_the_block_read() -> None:
    doc = read_doc(KINDS / "wan-apifox-export-unquoted-colon.md")
    [op] = doc.operations
    assert (op.method, op.path, op.description) == (
        "GET", "/ali-video/api/v1/tasks/{task_id}", "Official documentation: https://docs.example.invalid/dashscope/tasks"
    )  # fmt: skip
    assert [p.description for p in op.parameters] == ["Task ID: returned by the create call"]
    assert op.responses[0].examples[0].value["output"]["task_status"] == "SUCCEEDED"
    assert [(f.kind, f.where) for f in doc.findings] == [
        ("inferred", "OpenAPI block line 4"),
        ("inferred", "OpenAPI block line 10"),
        ("inferred", "OpenAPI block line 14"),
        ("inferred", "OpenAPI block line 35"),
    ]
    assert all(f.what == "an unquoted `: ` inside a value: quoted" for f in doc.findings)


def test_a_route_line_the_method_curl_and_title_contradict_gives_way() -> None:
    doc = read_doc(KINDS / "sora-docusaurus-remix-line.txt")
    assert [(op.method, op.path) for op in doc.operations] == [("GET", "/v1/videos/{video_id}")]
    assert next(f.what for f in doc.findings if f.kind == "contradiction") == (
        "the page states GET /v1/videos/{video_id}/remix, but its curl sends GET "
        "/v1/videos/video_68d7512d07848190b3e45da0ecbebcde and its title (Sora 视频任务状态查询) names no remix: "
        "kept GET /v1/videos/{video_id}"
    )
    judged = judge(doc)
    assert "kept      GET /v1/videos/{video_id} example '成功'" in judged.lines


def test_an_openapi_block_with_its_indentation_lost_is_nested_again() -> None:
    doc = read_doc(KINDS / "vidu-vitepress-flat-openapi.txt")
    assert doc.rendering == "openapi-export"
    [op] = doc.operations
    assert (op.method, op.path, op.summary) == ("GET", "/vidu-api/ent/v2/tasks/{id}/creations", "Vidu 任务查询")
    assert [(p.name, p.location, p.required) for p in op.parameters] == [
        ("id", "path", True),
        ("Authorization", "header", False),
    ]
    [ok] = op.responses
    assert ok.examples[0].value == {
        "id": "830412256301158400", "state": "processing", "err_code": "", "credits": 20, "creations": []
    }  # fmt: skip
    assert ok.schema is not None
    assert ok.schema["required"] == ["id", "state"]
    creations = ok.schema["properties"]["creations"]
    assert creations["items"]["required"] == ["id", "url"]
    assert creations["items"]["properties"]["url"] == {"type": "string"}
    assert ok.schema["properties"]["state"]["description"] == "created queueing processing success failed"
    assert [(f.kind, f.what) for f in doc.findings] == [
        ("inferred", "its indentation was lost: nested again by OpenAPI's keys")
    ]
