"""`codegen import` on docs we wrote, one per rendering in renderings.md, each with that rendering's traps.

Expectations are written by hand from the docs themselves: the route each page states, and whether its own
example must survive or the catalog must supply the answer.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen import gates
from codegen.__main__ import _import_one
from codegen.pipeline import ROOT

DOCS = Path(__file__).parent / "docs" / "renderings"

# file: (rendering, operations as (METHOD, route), "own" example kept | "catalog:<name>" shape taken)
CASES: dict[str, tuple[str, list[tuple[str, str]], str]] = {
    "pixverse-openapi-export.md": ("openapi-export", [("GET", "/pixverse/v2/video/result/{video_id}")], "own"),
    "pika-apifox-web.txt": ("apifox-web", [("GET", "/pika/v1/generations/{generation_id}")], "own"),
    "hunyuan-apifox-text.txt": ("apifox-text", [("POST", "/hunyuan/v1/video/query")], "own"),
    "veo-apifox-markdown.md": ("apifox-markdown", [("GET", "/veo/v1/operations/{operation_id}")], "own"),
    "hailuo-fumadocs-ko.txt": ("fumadocs", [("GET", "/hailuo/v2/jobs/{job_id}")], "own"),
    "pixverse-vitepress-source.md": (
        "vitepress",
        [("GET", "/pixverse/v2/video/result/{video_id}"), ("POST", "/pixverse/v2/video/generate")],
        "own",
    ),
    "pika-vitepress-text.txt": ("vitepress", [("GET", "/pika/v1/tasks/{task_id}")], "own"),
    "veo-vitepress-openapi.txt": ("fumadocs", [("GET", "/v1/video/query")], "catalog:video_query"),
    "hunyuan-mintlify-zhtw.txt": ("mintlify", [("GET", "/hunyuan/v1/tasks/{task_id}")], "own"),
    "pixverse-mintlify-export.md": ("openapi-export", [("GET", "/pixverse/v1/jobs/{job_id}")], "own"),
    "veo-docusaurus.txt": ("docusaurus", [("GET", "/veo/v1/tasks/{task_id}")], "own"),
    "hailuo-gitbook.md": ("gitbook", [("GET", "/hailuo/v1/query/video_generation")], "own"),
    "pika-nextra.md": ("nextra", [("GET", "/pika/v2/jobs/{job_id}")], "own"),
    "pixverse-static-html.txt": ("apifox-web", [("GET", "/pixverse/v1/jobs/{job_id}")], "own"),
    "veo-custom-static.txt": ("apifox-web", [("POST", "/veo/v1/videos/generate")], "own"),
    "hailuo-luma-copy.md": ("vitepress", [("GET", "/hailuo/v2/video/status/{task_id}")], "catalog:minimax"),
}


def _examples(spec: dict[str, Any]) -> list[tuple[str, str, Any]]:
    return [(e.where, e.name, e.value) for e in gates.iter_examples(spec)]


def test_every_doc_in_the_folder_has_a_case() -> None:
    assert sorted(p.name for p in DOCS.iterdir()) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_rendering_imports_with_route_and_a_valid_example(name: str) -> None:
    rendering, operations, answer = CASES[name]
    spec, lines, failures, judged = _import_one(DOCS / name)
    assert failures == []
    assert judged.doc.rendering == rendering
    assert sorted((m.upper(), p) for p, item in spec["paths"].items() for m in item) == sorted(operations)
    assert lines[0] == f"rendering {rendering}"
    examples = _examples(spec)
    assert examples, "at least one example that validates"
    catalog = [line for line in lines if line.strip().startswith("catalog ")]
    if answer == "own":
        assert catalog == []
        assert any(not e.name.startswith("catalog") for e in gates.iter_examples(spec) if e.value)
    else:
        shape = answer.split(":")[1]
        assert len(catalog) == 1
        assert f"specs/upstreams/{shape}.yaml" in catalog[0]


def test_query_string_task_ids_become_query_parameters() -> None:
    spec, *_ = _import_one(DOCS / "hailuo-gitbook.md")
    (op,) = spec["paths"]["/hailuo/v1/query/video_generation"].values()
    assert [(p["name"], p["in"], p.get("required")) for p in op["parameters"]] == [("task_id", "query", True)]
    spec, *_ = _import_one(DOCS / "veo-vitepress-openapi.txt")
    (op,) = spec["paths"]["/v1/video/query"].values()
    assert [(p["name"], p["in"]) for p in op["parameters"]] == [("id", "query")]


def test_broken_json_examples_are_decoded() -> None:
    # JSON held in a YAML string with \r\n, a // comment and the key "status " with a trailing space
    spec, *_ = _import_one(DOCS / "pixverse-openapi-export.md")
    ((_, _, value),) = _examples(spec)
    assert value["Resp"] == {
        "id": 381204455,
        "status": 1,
        "url": "https://media.pixverse.invalid/381204455.mp4",
        "create_time": "2026-01-09T02:11:40Z",
    }
    # one token per line
    spec, *_ = _import_one(DOCS / "veo-apifox-markdown.md")
    ((_, _, value),) = _examples(spec)
    assert value == {
        "name": "op-5521",
        "done": True,
        "status": "succeeded",
        "video_uri": "https://storage.veo.invalid/op-5521.mp4",
    }


def test_nesting_from_counts_and_marks() -> None:
    spec, *_ = _import_one(DOCS / "pika-apifox-web.txt")
    schema = spec["components"]["schemas"]
    video = next(s for n, s in schema.items() if n.endswith("Video"))
    assert set(video["properties"]) == {"url", "duration"}  # `object {2}`: the next two fields are its own


def test_two_operations_and_the_mintlify_named_one() -> None:
    spec, lines, *_ = _import_one(DOCS / "pixverse-vitepress-source.md")
    assert "operation POST /pixverse/v2/video/generate (submit)" in lines
    assert "operation GET /pixverse/v2/video/result/{video_id} (query)" in lines
    spec, *_ = _import_one(DOCS / "pixverse-mintlify-export.md")
    assert list(spec["paths"]) == ["/pixverse/v1/jobs/{job_id}"]  # the export's spec has two; the fence names one


def test_copy_pasted_example_is_dropped_and_the_catalog_named() -> None:
    _, lines, _, _ = _import_one(DOCS / "hailuo-luma-copy.md")
    dropped = [line for line in lines if line.startswith("dropped")]
    assert len(dropped) == 1
    assert "another product's answer" in dropped[0]
    assert "Luma" in dropped[0]


def test_contradicting_address_is_reported() -> None:
    _, lines, *_ = _import_one(DOCS / "veo-docusaurus.txt")
    assert [line for line in lines if line.startswith("contradiction")] == [
        "contradiction GET /veo/v1/tasks/{task_id}: the page also states GET /veo/v1/task/{task_id} for the same "
        "operation; kept the route stated 1 time(s) (as the curl sends it)"
    ]


def test_import_check_prints_one_line_per_doc_and_a_total() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "import", "--check", str(DOCS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout.splitlines()
    assert len(out) == len(CASES) + 2
    assert out[-2] == f"total: {len(CASES)} doc(s): 14 ok, 2 catalog, 0 failed, 0 not a doc"
    # the onboarding result: hailuo (minimax), hunyuan's POST query and the veo relay object read on a relay; the veo
    # create page is placed as a submit route, which is not tried; the other upstreams are known to no family
    assert out[-1] == "on a relay: 5 works, 1 not tried, 10 not placed, 0 fails"
