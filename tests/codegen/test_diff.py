"""codegen.diff: each kind of spec change, classified as breaking or not."""

from __future__ import annotations

import copy

import pytest

from codegen.diff import BREAKING, diff_specs
from tests.conftest import load_spec

BASE = {
    "openapi": "3.1.0",
    "paths": {
        "/v1/videos/{id}": {
            "get": {
                "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Video"}}}},
                    "default": {"content": {"application/json": {"schema": {"type": "object"}}}},
                }
            }
        }
    },
    "components": {
        "schemas": {
            "Video": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "status": {"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "string"}]},
                    "progress": {"type": ["integer", "null"]},
                    "files": {"type": "array", "items": {"type": "object", "properties": {"url": {"type": "string"}}}},
                },
            },
            "Status": {"type": "string", "enum": ["queued", "completed"]},
        }
    },
}
OP = "GET /v1/videos/{id}"


def changed(edit):
    new = copy.deepcopy(BASE)
    edit(new)
    return [(c.kind, c.where, c.detail, c.breaking) for c in diff_specs("f", BASE, new)]


def video(spec):
    return spec["components"]["schemas"]["Video"]


def test_identical_specs_have_no_changes():
    assert diff_specs("f", BASE, copy.deepcopy(BASE)) == []


BREAKING_CASES = [
        (lambda s: s["paths"].pop("/v1/videos/{id}"), ("operation removed", OP, "", True)),
        (lambda s: s["paths"]["/v1/videos/{id}"]["get"]["responses"].pop("default"),
         ("response removed", f"{OP} default", "", True)),
        (lambda s: video(s)["properties"].pop("progress"), ("field removed", f"{OP} 200 $.progress", "", True)),
        (lambda s: video(s)["required"].append("status"), ("field made required", f"{OP} 200 $.status", "", True)),
        (lambda s: video(s)["properties"]["progress"].update(type="integer"),
         ("type narrowed", f"{OP} 200 $.progress", "no longer null", True)),
        (lambda s: s["components"]["schemas"]["Status"]["enum"].remove("completed"),
         ("enum value removed", f"{OP} 200 $.status", "'completed'", True)),
        (lambda s: video(s)["properties"]["files"]["items"]["properties"].pop("url"),
         ("field removed", f"{OP} 200 $.files[].url", "", True)),
        (lambda s: video(s)["properties"]["status"]["anyOf"].pop(),
         ("alternative removed", f"{OP} 200 $.status anyOf[1]", "", True)),
        (lambda s: s["paths"]["/v1/videos/{id}"]["get"].update(
            parameters=[{"name": "X-Async", "in": "header", "required": True, "schema": {"type": "string"}}]),
         ("required parameter added", f"{OP} header X-Async", "", True)),
        (lambda s: s["paths"]["/v1/videos/{id}"]["get"].update(requestBody={"required": True, "content": {}}),
         ("request body made required", OP, "", True)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("edit", "expected"),
    BREAKING_CASES,
    ids=["operation", "response", "field", "required", "type", "enum", "nested", "alternative", "param", "body"],
)
def test_breaking_changes(edit, expected):
    assert changed(edit) == [expected]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda s: s["paths"].update({"/v1/other": {"get": {"responses": {}}}}),
         ("operation added", "GET /v1/other", "", False)),
        (lambda s: video(s)["properties"].update(seconds={"type": "string"}),
         ("field added", f"{OP} 200 $.seconds", "", False)),
        (lambda s: video(s)["required"].clear(), ("field made optional", f"{OP} 200 $.id", "", False)),
        (lambda s: video(s)["properties"]["id"].update(type=["string", "integer"]),
         ("type widened", f"{OP} 200 $.id", "now also integer", False)),
        (lambda s: s["components"]["schemas"]["Status"]["enum"].append("failed"),
         ("enum value added", f"{OP} 200 $.status", "'failed'", False)),
    ],
    ids=["operation", "field", "optional", "type", "enum"],
)  # fmt: skip
def test_non_breaking_changes(edit, expected):
    assert changed(edit) == [expected]


def test_integer_to_number_widens():
    assert changed(lambda s: video(s)["properties"]["progress"].update(type=["number", "null"])) == [
        ("type widened", f"{OP} 200 $.progress", "now also number", False)
    ]


def test_every_breaking_kind_is_exercised():
    assert {expected[0] for _, expected in BREAKING_CASES} == BREAKING


def _schemas(spec):
    return spec["components"]["schemas"]


REAL_CASES = [
    ("openai_videos", lambda s: _schemas(s)["VideoObject"]["properties"].pop("progress"),
     [("field removed", "GET /v1/videos/{id} 200 $.progress", "", True)]),
    ("minimax", lambda s: _schemas(s)["MinimaxTaskStatus"]["enum"].remove("Fail"),
     [("enum value removed", "GET /minimax/v1/query/video_generation 200 $.status", "'Fail'", True)]),
    ("kling", lambda s: s["paths"].pop("/kling/v1/videos/image2video/{task_id}"),
     [("operation removed", "GET /kling/v1/videos/image2video/{task_id}", "", True)]),
    ("jimeng", lambda s: _schemas(s)["JimengTaskStatus"]["enum"].append("PAUSED"),
     [("enum value added", "GET /jimeng/fetch/{task_id} 200 $.data.status", "'PAUSED'", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("family", "edit", "expected"), REAL_CASES, ids=[case[0] for case in REAL_CASES])
def test_a_change_to_a_real_spec_is_found_where_it_was_made(family, edit, expected):
    old = load_spec(family)
    new = copy.deepcopy(old)
    edit(new)
    assert [(c.kind, c.where, c.detail, c.breaking) for c in diff_specs(family, old, new)] == expected
