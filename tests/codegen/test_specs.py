"""The committed specs: each holds the operations its provider documents, and is clean and valid.

That `make gen` rebuilds them byte for byte is `make drift`'s job (CI runs it in `make check`), not a test's.
"""

from __future__ import annotations

import pytest

from codegen import gates
from codegen.pipeline import ROOT, families
from tests.conftest import FAMILIES, load_spec
from videotask._families import family as family_of

# Every operation of each family's spec, (METHOD, path, its required parameters (name, where)), written by hand
# from ../shared/reference/providers.md (each family's QUERY and SUBMIT lines; minimax's file call).
OPERATIONS: dict[str, set[tuple[str, str, tuple[tuple[str, str], ...]]]] = {
    "jimeng": {
        ("GET", "/jimeng/fetch/{task_id}", (("task_id", "path"),)),
        ("POST", "/jimeng/submit/videos", ()),
    },
    "openai_videos": {
        ("GET", "/v1/videos/{id}", (("id", "path"),)),
        ("POST", "/v1/videos", ()),
        ("GET", "/v1/videos/{task_id}/content", (("task_id", "path"),)),  # the file, on the gateway itself
    },
    "vidu_native": {
        ("GET", "/vidu-native/video/generations/{task_id}", (("task_id", "path"),)),
        ("POST", "/vidu-native/video/generations", ()),
    },
    "video_generations": {
        ("GET", "/v1/video/generations/{task_id}", (("task_id", "path"),)),
        ("POST", "/v1/video/generations", ()),
    },
    "kling": {
        ("GET", "/kling/v1/videos/text2video/{task_id}", (("task_id", "path"),)),
        ("GET", "/kling/v1/videos/image2video/{task_id}", (("task_id", "path"),)),
        ("POST", "/kling/v1/videos/text2video", ()),
        ("POST", "/kling/v1/videos/image2video", ()),
    },
    "vidu": {
        ("GET", "/vidu/ent/v2/tasks/{task_id}/creations", (("task_id", "path"),)),
        ("POST", "/vidu/ent/v2/text2video", ()),
        ("POST", "/vidu/ent/v2/img2video", ()),
    },
    "seedance": {
        ("GET", "/volc/v1/contents/generations/tasks/{task_id}", (("task_id", "path"),)),
        ("POST", "/volc/v1/contents/generations/tasks", ()),
    },
    "runway": {
        ("GET", "/runwayml/v1/tasks/{task_id}", (("task_id", "path"),)),
        ("POST", "/runwayml/v1/image_to_video", ()),
    },
    "luma": {("GET", "/luma/generations/{task_id}", (("task_id", "path"),)), ("POST", "/luma/generations", ())},
    "minimax": {  # the task id and the file id travel in the query string
        ("GET", "/minimax/v1/query/video_generation", (("task_id", "query"),)),
        ("GET", "/minimax/v1/files/retrieve", (("file_id", "query"),)),
        ("POST", "/minimax/v1/video_generation", ()),
    },
    "wan": {
        ("GET", "/alibailian/api/v1/tasks/{task_id}", (("task_id", "path"),)),
        # DashScope creates a video task only when asked to run it asynchronously
        (
            "POST",
            "/alibailian/api/v1/services/aigc/video-generation/video-synthesis",
            (("X-DashScope-Async", "header"),),
        ),
    },
    "video_query": {("GET", "/v1/video/query", (("id", "query"),)), ("POST", "/v1/video/create", ())},
}


def test_families_are_the_raw_folders_and_each_has_its_operations_written_down() -> None:
    assert tuple(families()) == FAMILIES
    assert sorted(OPERATIONS) == sorted(FAMILIES)


@pytest.mark.parametrize("family", FAMILIES)
def test_spec_holds_the_operations_the_provider_documents(family: str) -> None:
    found = set()
    for path, item in load_spec(family)["paths"].items():
        for method, op in item.items():
            required = tuple((p["name"], p["in"]) for p in op.get("parameters", ()) if p.get("required"))
            found.add((method.upper(), path, required))
    assert found == OPERATIONS[family]


@pytest.mark.parametrize("family", FAMILIES)
def test_spec_is_clean_and_valid(family: str) -> None:
    spec = load_spec(family)
    assert spec["openapi"] == "3.1.0"
    assert gates.openapi_valid(spec) == []
    assert gates.cleanliness(spec, family_of(family).declaration) == []
    assert gates.examples_valid(spec) == []
    text = (ROOT / "specs" / f"{family}.yaml").read_text(encoding="utf-8")
    assert "BASE_URL" not in text
    assert "x-apifox" not in text
    assert next(gates.iter_examples(spec), None) is not None, "every family has at least one example"


def test_examples_gate_catches_a_contradicting_example() -> None:
    spec = load_spec("openai_videos")
    op = spec["paths"]["/v1/videos/{id}"]["get"]
    example = next(iter(op["responses"]["200"]["content"]["application/json"]["examples"].values()))
    example["value"] = {**example["value"], "id": 42}
    failures = gates.examples_valid(spec)
    assert len(failures) == 1
    assert "$.id" in failures[0]


def test_jimeng_merges_both_docs_keeping_every_example() -> None:
    spec = load_spec("jimeng")
    item = spec["paths"]["/jimeng/fetch/{task_id}"]
    examples = item["get"]["responses"]["200"]["content"]["application/json"]["examples"]
    examples = {key: value for key, value in examples.items() if not key.startswith("definition_")}
    assert len(examples) == 2
    assert {key.rsplit("_", 1)[0] for key in examples} == {"apifox_openapi_export", "apifox_page"}


def test_status_fields_are_open_enums() -> None:
    spec = load_spec("video_generations")
    status = spec["components"]["schemas"]["VideoGenerationTask"]["properties"]["status"]
    assert status["anyOf"] == [{"$ref": "#/components/schemas/VideoGenerationStatus"}, {"type": "string"}]
    enum = spec["components"]["schemas"]["VideoGenerationStatus"]["enum"]
    assert {"queued", "in_progress", "completed", "failed"} <= set(enum)


def test_statuses_gate_fails_when_a_documented_value_is_unmapped() -> None:
    from videotask._declarations import parse_declaration

    data = {
        "family": "x",
        "operations": [{"id": "get_x", "role": "query", "method": "GET", "path": "/x/{id}", "model": "X"}],
        "status": {"fields": "status", "enum": "XStatus", "values": {"queued": "queued"}},
    }
    declaration, errors = parse_declaration(data, "x")
    assert errors == []
    assert declaration is not None
    ok = {"description": "", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/X"}}}}
    spec = {
        "paths": {"/x/{id}": {"get": {"responses": {"200": ok}}}},
        "components": {
            "schemas": {
                "X": {
                    "type": "object",
                    "properties": {"status": {"anyOf": [{"$ref": "#/components/schemas/XStatus"}]}},
                },
                "XStatus": {"enum": ["queued", "done"]},
            }
        },
    }
    assert gates.statuses_mapped(spec, declaration) == [
        "status 'done' is documented but specs/overrides/x.yaml does not map it"
    ]


def _operations(spec):
    return [(method, path, op) for path, item in spec["paths"].items() for method, op in item.items()]


@pytest.mark.parametrize("family", FAMILIES)
def test_specs_say_what_the_servers_require(family: str) -> None:
    """Every create's body is required (relays refuse an empty one), a required id may not be empty, the error
    answers relays send are declared, and `servers` names a placeholder relay."""
    spec = load_spec(family)
    assert all(tag["description"] == spec["info"]["title"] for tag in spec["tags"])  # linters want tags described
    assert spec["servers"] == [
        {"url": "https://your-relay.example", "description": "your relay's base URL (new-api lineage)"}
    ]
    for method, path, op in _operations(spec):
        if method == "post":
            assert op["requestBody"]["required"] is True, path
        for param in op.get("parameters", []):
            if param.get("required") and param["schema"].get("type") == "string" and param["in"] != "header":
                assert param["schema"]["minLength"] == 1, (path, param["name"])
        for status in ("400", "401", "404", "429"):
            assert op["responses"][status]["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/ErrorResponse"
            }


def test_a_header_the_server_always_needs_is_a_required_parameter() -> None:
    """DashScope refuses an async create without `X-DashScope-Async: enable` (its async-task reference)."""
    op = load_spec("wan")["paths"]["/alibailian/api/v1/services/aigc/video-generation/video-synthesis"]["post"]
    assert op["parameters"] == [
        {
            "name": "X-DashScope-Async",
            "in": "header",
            "required": True,
            "schema": {"type": "string", "enum": ["enable"]},
        }
    ]


def test_ids_in_the_query_string_may_not_be_empty() -> None:
    files = load_spec("minimax")["paths"]["/minimax/v1/files/retrieve"]["get"]["parameters"]
    assert [(p["name"], p["schema"]["minLength"]) for p in files] == [("file_id", 1)]
    query = load_spec("video_query")["paths"]["/v1/video/query"]["get"]["parameters"]
    assert [(p["name"], p["schema"]["minLength"]) for p in query] == [("id", 1)]


def test_the_cleanliness_gate_allows_only_declared_headers() -> None:
    spec = load_spec("wan")
    assert gates.cleanliness(spec) == [
        "POST /alibailian/api/v1/services/aigc/video-generation/video-synthesis: header parameter left"
    ]


def test_the_content_route_is_declared() -> None:
    """new-api serves a finished task's file at GET /v1/videos/{id}/content (router/video-router.go): bytes, or a
    relay error while the task has not succeeded."""
    op = load_spec("openai_videos")["paths"]["/v1/videos/{task_id}/content"]["get"]
    assert op["responses"]["200"]["content"] == {"video/mp4": {"schema": {"type": "string", "format": "binary"}}}
    assert op["parameters"] == [
        {"name": "task_id", "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}}
    ]
    assert {"400", "401", "404", "429", "default"} <= set(op["responses"])
