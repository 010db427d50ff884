"""A pasted page with no usable answer (none at all, a `{}` schema, placeholders only) takes its upstream's real
answer, a query page its query answer and a create page its create answer (specs/upstreams/<u>.yaml `answers:`),
validated as the page's example, and the report names the file, the answer and its source. The docs in
docs/answers/ were written for these tests, one for each rendering kind; each expected fact is written by hand
from shared/reference/providers.md."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.pipeline import ROOT

DOCS = Path(__file__).parent / "docs" / "answers"


def _facts_kling_create(body: Any) -> bool:  # providers.md 5: Kling's create answer, code 0, data.task_status
    return body["code"] == 0 and body["data"]["task_status"] == "submitted" and bool(body["data"]["task_id"])


def _facts_minimax_query(body: Any) -> bool:  # providers.md 10: {task_id, status, file_id, ..., base_resp}
    return body["status"] == "Success" and bool(body["file_id"]) and body["base_resp"]["status_code"] == 0


def _facts_runway_create(body: Any) -> bool:  # providers.md 8: the native create answer is {id} alone
    return set(body) == {"id"}


def _facts_ark_query(body: Any) -> bool:  # providers.md 7: {id, status, content{video_url}, ...}
    return body["status"] == "succeeded" and body["content"]["video_url"].startswith("https://")


def _facts_minimax_create(body: Any) -> bool:  # providers.md 10: {task_id, base_resp{status_code, status_msg}}
    return set(body) == {"task_id", "base_resp"} and body["base_resp"]["status_code"] == 0


# doc, route and method in the cleaned spec, the report's words, the facts the example must show
CASES = {
    "markdown, a curl, no answer (create)": (
        "kling-submit-markdown-curl.md", "/kl-pool/kling/v1/videos/text2video", "post",
        "real create answer (specs/upstreams/kling.yaml (submit-submitted; Kling API reference", _facts_kling_create,
    ),
    "markdown, a curl, no answer (query)": (
        "minimax-query-markdown-curl.md", "/mm-pool/minimax/v1/query/video_generation", "get",
        "real answer (specs/upstreams/minimax.yaml (native-success; MiniMax API reference", _facts_minimax_query,
    ),
    "OpenAPI export, a {} schema (create)": (
        "runway-submit-openapi-empty-schema.md", "/rw-pool/runwayml/v1/image_to_video", "post",
        "real create answer (specs/upstreams/runway.yaml (submit-created; Runway API reference", _facts_runway_create,
    ),
    "OpenAPI export, a {} schema (query)": (
        "ark-query-openapi-empty-schema.md", "/ark-pool/api/v3/contents/generations/tasks/{id}", "get",
        "real answer (specs/upstreams/ark.yaml (succeeded; Ark query task", _facts_ark_query,
    ),
    "Apifox markdown, placeholders only (create)": (
        "minimax-submit-markdown-placeholders.md", "/mm-pool/minimax/v1/video_generation", "post",
        "real create answer (specs/upstreams/minimax.yaml (submit-accepted; MiniMax API reference",
        _facts_minimax_create,
    ),
}  # fmt: skip


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(cwd / "adapters"), str(cwd)])}
    env.pop("VIDEOTASK_SPECS_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("case", list(CASES))
def test_a_page_with_no_usable_answer_takes_the_upstreams_real_one(case: str) -> None:
    doc, route, method, said, facts = CASES[case]
    done = _run(ROOT, "import", str(DOCS / doc))
    assert done.returncode == 0, done.stderr  # the gates passed: the answer validates as the page's example
    media = yaml.safe_load(done.stdout)["paths"][route][method]["responses"]["200"]["content"]["application/json"]
    [example] = media["examples"].values()
    assert facts(example["value"]), example
    assert "the doc shows no usable answer, so the answer is" in done.stderr
    assert said in done.stderr


# the relay's query routes before the create pages come (a relay file names a family's query first)
SEEDED = """\
relay: r
title: r
sources: []
families:
  kling:
    query:
      text2video: GET /kl-pool/kling/v1/videos/text2video/{task_id}
  runway:
    query: GET /rw-pool/runwayml/v1/tasks/{task_id}
"""


@pytest.mark.slow
def test_on_a_relay_with_write_the_report_says_where_each_answer_came_from(tmp_path: Path) -> None:
    project = tmp_path / "project"
    for name in ("adapters", "codegen", "specs", "generated"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    relay_file = project / "specs" / "relays" / "r.yaml"
    relay_file.write_text(SEEDED, encoding="utf-8")
    for case, (doc, _, _, said, _) in CASES.items():
        done = _run(project, "import", str(DOCS / doc), "--relay", "r", "--write")
        assert done.returncode == 0, (case, done.stderr)
        assert said in done.stderr, case
    assert yaml.safe_load(relay_file.read_text(encoding="utf-8"))["families"] == {
        "kling": {
            "query": {"text2video": "GET /kl-pool/kling/v1/videos/text2video/{task_id}"},
            "submit": {"text2video": "POST /kl-pool/kling/v1/videos/text2video"},
        },
        "runway": {
            "query": "GET /rw-pool/runwayml/v1/tasks/{task_id}",
            "submit": "POST /rw-pool/runwayml/v1/image_to_video",
        },
        "minimax": {
            "query": "GET /mm-pool/minimax/v1/query/video_generation?task_id={task_id}",
            "submit": "POST /mm-pool/minimax/v1/video_generation",
        },
        "seedance": {"query": "GET /ark-pool/api/v3/contents/generations/tasks/{task_id}"},
    }
