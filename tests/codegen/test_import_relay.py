"""`codegen import DOC --relay NAME --write`: a pasted doc's route on the user's relay, under the family of its
upstream, then asked by a Gateway on that relay. The docs in docs/relays/ were written for these tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from codegen.catalog.relay import Placement, add_route
from codegen.pipeline import ROOT
from videotask import Gateway, TaskState

DOCS = Path(__file__).parent / "docs" / "relays"

# Real answers, written by hand for these tests from the upstreams' public answer shapes.
KLING = {
    "code": 0,
    "message": "SUCCEED",
    "request_id": "req-77",
    "data": {
        "task_id": "tk-123",
        "task_status": "succeed",
        "task_status_msg": "",
        "task_result": {"videos": [{"id": "v9", "url": "https://cdn.kling.test/tk-123.mp4", "duration": "5"}]},
        "created_at": 1767300000000,
        "updated_at": 1767300060000,
    },
}
RUNWAY = {
    "id": "tk-123",
    "status": "SUCCEEDED",
    "createdAt": "2026-01-02T03:04:05Z",
    "output": ["https://rw.test/a.mp4"],
}
VIDEO_QUERY = {"id": "tk-123", "status": "completed", "video_url": "https://files.test/veo/tk-123.mp4"}
DASHSCOPE = {
    "request_id": "rq-1",
    "output": {"task_id": "tk-123", "task_status": "FAILED", "code": "DataInspectionFailed", "message": "blocked"},
}
VIDU = {
    "id": "tk-123",
    "state": "success",
    "err_code": "",
    "creations": [{"id": "c1", "url": "https://vidu.test/c1.mp4"}],
}
SORA = {"id": "tk-123", "object": "video", "model": "sora-2", "status": "in_progress", "progress": 40, "created_at": 1}
ARK = {
    "id": "tk-123",
    "model": "doubao-seedance-1-0-pro-250528",
    "status": "running",
    "content": None,
    "created_at": 1767605400,
    "updated_at": 1767605410,
}


def _envelope(upstream: Any, status: str) -> dict[str, Any]:
    """new-api's task envelope around an upstream answer, its own URL empty."""
    return {
        "code": "success",
        "message": "",
        "data": {"task_id": "tk-123", "action": "generate", "status": status, "fail_reason": "", "result_url": "",
                 "submit_time": 1767100000, "finish_time": 0, "progress": "50%", "data": upstream},
    }  # fmt: skip


CASES = {
    # doc, family, route name, the relay file's entry, the request asked, (body or None), answer, state, URL
    "kling-path-placeholder-example": (
        "kling-apifox-markdown-placeholder.md", "kling", "image2video",
        {"query": {"image2video": "GET /kling-relay/v1/videos/image2video/{task_id}"}},
        ("GET", "/kling-relay/v1/videos/image2video/tk-123", None),
        KLING, TaskState.SUCCEEDED, "https://cdn.kling.test/tk-123.mp4",
    ),
    "video-query-id-in-query-string": (
        "video-query-apifox-markdown.md", "video_query", None,
        {"query": "GET /veo-pool/v1/video/query?id={task_id}"},
        ("GET", "/veo-pool/v1/video/query?id=tk-123", None),
        VIDEO_QUERY, TaskState.SUCCEEDED, "https://files.test/veo/tk-123.mp4",
    ),
    "runway-id-in-json-body": (
        "runway-openapi-export-post.md", "runway", None,
        {"query": 'POST /runway-gw/v1/task/query {"task_id": "{task_id}"}'},
        ("POST", "/runway-gw/v1/task/query", {"task_id": "tk-123"}),
        RUNWAY, TaskState.SUCCEEDED, "https://rw.test/a.mp4",
    ),
    "seedance-mintlify-no-answer": (
        "seedance-mintlify-text.txt", "seedance", None,
        {"query": "GET /doubao-video/api/v3/contents/generations/tasks/{task_id}"},
        ("GET", "/doubao-video/api/v3/contents/generations/tasks/tk-123", None),
        ARK, TaskState.RUNNING, None,
    ),
    "wan-unquoted-colon-export": (
        "../kinds/wan-apifox-export-unquoted-colon.md", "wan", None,
        {"query": "GET /ali-video/api/v1/tasks/{task_id}"},
        ("GET", "/ali-video/api/v1/tasks/tk-123", None),
        DASHSCOPE, TaskState.FAILED, None,
    ),
    "vidu-flat-openapi-yaml": (
        "../kinds/vidu-vitepress-flat-openapi.txt", "vidu", None,
        {"query": "GET /vidu-api/ent/v2/tasks/{task_id}/creations"},
        ("GET", "/vidu-api/ent/v2/tasks/tk-123/creations", None),
        VIDU, TaskState.SUCCEEDED, "https://vidu.test/c1.mp4",
    ),
    "sora-contradicted-route-line": (
        "../kinds/sora-docusaurus-remix-line.txt", "openai_videos", None,
        {"query": "GET /v1/videos/{task_id}"},
        ("GET", "/v1/videos/tk-123", None),
        SORA, TaskState.RUNNING, None,
    ),
}  # fmt: skip
RAW_ONLY = {"video_query", "openai_videos"}  # families whose answers come in no wrapper


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for name in ("adapters", "codegen", "specs", "generated"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    return project


def _run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project / "adapters"), str(project)])}
    env.pop("VIDEOTASK_SPECS_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=project, env=env, capture_output=True, text=True, check=False
    )


def _ask(relay_file: Path, family: str, route: str | None, answer: Any) -> tuple[httpx.Request, Any]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answer)

    with Gateway("https://relay.test", "sk-test", relay=str(relay_file), transport=httpx.MockTransport(handler)) as gw:
        task = gw.get(family, "tk-123", **({"route": route} if route else {}))
    assert len(seen) == 1
    return seen[0], task


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_a_pasted_query_page_becomes_a_working_route_on_the_relay(tmp_path: Path, case: str) -> None:
    doc, family, route, entry, asked, answer, state, url = CASES[case]
    project = _project(tmp_path)
    done = _run(project, "import", str(DOCS / doc), "--relay", "r", "--write")
    assert done.returncode == 0, done.stderr
    relay_file = project / "specs" / "relays" / "r.yaml"
    assert yaml.safe_load(relay_file.read_text(encoding="utf-8"))["families"] == {family: entry}
    kept = project / "specs" / "raw" / "relays" / "r" / Path(doc).name
    assert kept.read_bytes() == (DOCS / doc).read_bytes()
    named = f', route="{route}"' if route else ""
    assert done.stderr.rstrip().endswith(
        f'next: run\n  Gateway(base_url, key, relay="r").get("{family}", TASK_ID{named})'
    )
    gen = _run(project, "gen")
    assert gen.returncode == 0, gen.stderr
    assert not (project / "specs" / "relays.yaml").exists()  # the kept doc made no family

    word = "SUCCESS" if state is TaskState.SUCCEEDED else "IN_PROGRESS"
    for body, wrapped in ((answer, "raw"), (_envelope(answer, word), "envelope")):
        if family in RAW_ONLY and wrapped == "envelope":
            continue
        request, task = _ask(relay_file, family, route, body)
        sent = json.loads(request.content) if request.content else None
        assert (request.method, request.url.raw_path.decode(), sent) == asked, wrapped
        assert (task.state, task.video_url) == (state, url), wrapped


def _import(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "import", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_a_placeholder_only_answer_gives_way_to_the_upstreams_real_one() -> None:
    done = _import(str(DOCS / "kling-apifox-markdown-placeholder.md"))
    assert done.returncode == 0, done.stderr
    spec = yaml.safe_load(done.stdout)
    media = spec["paths"]["/kling-relay/v1/videos/image2video/{task_id}"]["get"]["responses"]["200"]["content"]
    examples = list(media["application/json"]["examples"].values())
    assert [e["value"]["data"]["task_status"] for e in examples] == ["succeed"]  # specs/upstreams/kling.yaml's
    assert "catalog   kling: the doc shows no usable answer" in done.stderr


def test_the_docs_own_words_the_family_does_not_read_are_reported_not_dropped() -> None:
    done = _import(str(DOCS / "kling-apifox-markdown-other-words.md"), "--relay", "r")
    assert done.returncode == 0, done.stderr
    assert "  family    kling (query, route text2video): its upstream is kling" in done.stderr
    assert "  route     GET /kl/v1/videos/text2video/{task_id}: the id in the path (task_id)" in done.stderr
    assert "  NOT ADDED the doc's status word(s) queueing: kling's reading" in done.stderr
    assert done.stderr.rstrip().endswith("next: add --write to put the route into specs/relays/r.yaml")


def test_a_doc_no_upstream_matches_is_not_placed_and_says_how_to_go_on() -> None:
    done = _import(str(Path(__file__).parent / "docs" / "renderings" / "pika-nextra.md"), "--relay", "r")
    assert done.returncode == 1
    assert "not placed GET /pika/v2/jobs/{job_id}: no known upstream or wrapper matches" in done.stderr
    assert "pass --family NAME" in done.stderr


def test_import_check_reports_the_onboarding_result_per_doc() -> None:
    done = _import("--check", str(DOCS / "video-query-apifox-markdown.md"), str(DOCS / "runway-openapi-export-post.md"))
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].endswith('; on a relay: works (runway: POST /runway-gw/v1/task/query {"task_id": "{task_id}"})')
    assert lines[1].endswith("; on a relay: works (video_query: GET /veo-pool/v1/video/query?id={task_id})")
    assert lines[-1] == "on a relay: 2 works, 0 not placed, 0 fails"


RELAY = """\
# my relay: written by hand
relay: mine
families:
  kling:
    query:
      text2video: GET /kling/v1/videos/text2video/{task_id}  # the old one
    submit: POST /kling/v1/videos/text2video
  wan:  # DashScope
    query: GET /ali/api/v1/tasks/{task_id}
"""


def _placed(family: str, role: str, name: str | None, line: str) -> Placement:
    return Placement(family, role, name, line, ())


def test_add_route_adds_a_named_route_keeping_comments_and_other_families() -> None:
    text, what = add_route(RELAY, "mine", _placed("kling", "query", "image2video", "GET /k/image2video/{task_id}"))
    assert what == "added kling.query.image2video: GET /k/image2video/{task_id}"
    assert text == RELAY.replace(
        "# the old one\n", "# the old one\n      image2video: 'GET /k/image2video/{task_id}'\n"
    )


def test_add_route_replaces_the_role_and_adds_a_family_at_the_end() -> None:
    text, what = add_route(RELAY, "mine", _placed("wan", "query", None, "GET /dash/api/v1/tasks/{task_id}"))
    assert what == "replaced wan.query (was GET /ali/api/v1/tasks/{task_id}): GET /dash/api/v1/tasks/{task_id}"
    assert text.endswith("  wan:  # DashScope\n    query: 'GET /dash/api/v1/tasks/{task_id}'\n")
    body = 'POST /rw/query {"task_id": "{task_id}"}'
    text, what = add_route(text, "mine", _placed("runway", "query", None, body))
    assert what == f"added runway.query: {body}"
    assert text.endswith(f"  runway:\n    query: '{body}'\n")
    assert text.startswith("# my relay: written by hand\n")
    assert yaml.safe_load(text)["families"]["runway"] == {"query": body}


def test_add_route_starts_a_relay_file() -> None:
    text, _ = add_route(None, "new", _placed("luma", "query", None, "GET /l/{task_id}"))
    assert yaml.safe_load(text) == {
        "relay": "new", "title": "new", "sources": [], "families": {"luma": {"query": "GET /l/{task_id}"}}
    }  # fmt: skip
    again, what = add_route(text, "new", _placed("luma", "query", None, "GET /l/{task_id}"))
    assert (again, what) == (text, "kept luma.query: GET /l/{task_id} (already there)")


def test_a_submit_page_with_no_answer_takes_a_real_create_answer_and_its_route_goes_on_the_relay() -> None:
    done = _import(str(DOCS / "sora-submit-apifox-markdown.md"))
    assert done.returncode == 0, done.stderr
    media = yaml.safe_load(done.stdout)["paths"]["/sora-pool/v1/videos"]["post"]["responses"]["200"]["content"]
    [example] = media["application/json"]["examples"].values()
    assert (example["value"]["id"], example["value"]["status"]) == ("video_9b4d2e61a7c3450f8e1b6d0c2a9f7e35", "queued")
    assert "real create answer (specs/upstreams/openai_video.yaml (create-queued;" in done.stderr
    placed = _import(str(DOCS / "sora-submit-apifox-markdown.md"), "--relay", "r")
    assert "  route     POST /sora-pool/v1/videos: " in placed.stderr
    assert "  family    openai_videos (submit): its upstream is openai_video" in placed.stderr
