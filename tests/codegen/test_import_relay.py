"""`codegen import DOC --relay NAME --write`: a pasted doc's route on the user's relay, under the family of its
upstream, then asked by a Gateway on that relay. The docs in docs/relays/ were written for these tests."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from codegen.catalog.relay import Placement, Reading, add_reading, add_route
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
def test_a_pasted_query_page_becomes_a_working_route_on_the_relay(tmp_path: Path, subtests: pytest.Subtests) -> None:
    """Every case's doc imported onto a relay of its own in one copy of the project, then one `gen`: a copy and
    a `gen` per case would only repeat the set-up. Each case is reported as a subtest."""
    project = _project(tmp_path)
    imports = {case: _run(project, "import", str(DOCS / doc), "--relay", f"r-{case}", "--write")
               for case, (doc, *_) in CASES.items()}  # fmt: skip
    gen = _run(project, "gen")
    assert gen.returncode == 0, gen.stderr
    assert not (project / "specs" / "relays.yaml").exists()  # the kept docs made no family
    for case, (doc, family, route, entry, asked, answer, state, url) in CASES.items():
        with subtests.test(case=case):
            done, relay = imports[case], f"r-{case}"
            assert done.returncode == 0, done.stderr
            relay_file = project / "specs" / "relays" / f"{relay}.yaml"
            assert yaml.safe_load(relay_file.read_text(encoding="utf-8"))["families"] == {family: entry}
            kept = project / "specs" / "raw" / "relays" / relay / Path(doc).name
            assert kept.read_bytes() == (DOCS / doc).read_bytes()
            named = f', route="{route}"' if route else ""
            assert done.stderr.rstrip().endswith(
                f'next: run\n  Gateway(base_url, key, relay="{relay}").get("{family}", TASK_ID{named})'
            )
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


def test_the_docs_own_words_the_family_does_not_read_are_added_to_its_reading_on_the_relay() -> None:
    done = _import(str(DOCS / "kling-apifox-markdown-other-words.md"), "--relay", "r")
    assert done.returncode == 0, done.stderr
    assert "  family    kling (query, route text2video): its upstream is kling" in done.stderr
    assert "  route     GET /kl/v1/videos/text2video/{task_id}: the id in the path (task_id)" in done.stderr
    assert (
        "  adds      the doc's status word queueing (means queued: the word's usual meaning) to kling's reading on "
        "this relay\n"
    ) in done.stderr
    assert done.stderr.rstrip().endswith("next: add --write to put the route into specs/relays/r.yaml")


# What `import --relay r --write` writes for kling-apifox-markdown-relay-words.md (its word `finished`, its URL
# under data.output), written by hand
RELAY_WORDS = """\
relay: r
title: r
sources: []
families:
  kling:
    query:
      text2video: 'GET /kv/v1/videos/text2video/{task_id}'
    status:
      values:
        finished: succeeded  # REVIEW: the word's usual meaning
    fields:
      video_url: data.output.url  # REVIEW: named like it in the doc's answers, where the family's paths are not
"""


@pytest.mark.slow
def test_a_doc_in_the_relays_own_words_extends_the_familys_reading_there(tmp_path: Path) -> None:
    project = _project(tmp_path)
    done = _run(project, "import", str(DOCS / "kling-apifox-markdown-relay-words.md"), "--relay", "r", "--write")
    assert done.returncode == 0, done.stderr
    relay_file = project / "specs" / "relays" / "r.yaml"
    assert relay_file.read_text(encoding="utf-8") == RELAY_WORDS
    gen = _run(project, "gen")  # the guesses are built on, and named until reviewed
    assert gen.returncode == 0, gen.stderr
    review = "review: specs/relays/r.yaml: 2 guess(es) marked # REVIEW (line 10, 12): check each against the doc and "
    assert review + "delete its mark" in gen.stderr.splitlines()
    assert review + "delete its mark" in _run(project, "gen").stderr.splitlines()  # a no-op run says it again
    relay_file.write_text(re.sub(r"  # REVIEW.*", "", RELAY_WORDS), encoding="utf-8")  # as a reviewer would
    gen = _run(project, "gen")
    assert gen.returncode == 0, gen.stderr
    assert "review:" not in gen.stderr
    # the relay's answer, written by hand: its own word and URL place
    body = {
        "code": 0,
        "data": {"task_id": "tk-123", "task_status": "finished", "output": {"url": "https://kv.test/a.mp4"}},
    }
    request, task = _ask(relay_file, "kling", "text2video", body)
    assert request.url.raw_path.decode() == "/kv/v1/videos/text2video/tk-123"
    assert (task.state, task.video_url) == (TaskState.SUCCEEDED, "https://kv.test/a.mp4")
    _, task = _ask(relay_file, "kling", "text2video", {**body, "data": {**body["data"], "task_status": "stalled"}})
    assert task.state is TaskState.UNKNOWN  # a word nobody named stays unknown


def test_add_reading_adds_under_the_family_keeping_what_is_there() -> None:
    text = RELAY.replace(
        "  wan:  # DashScope\n",
        "  wan:  # DashScope\n    status:\n      values:\n        waiting: queued  # ours\n",
    )
    reading = Reading(
        words=(("waiting", "queued", "x"), ("stalled", "unknown", "no known meaning: decide"), ("404", "failed", "y")),
        status_fields=(("output.phase", "the doc's answers carry the status here"),),
        fields=(("video_url", "output.video.url", "named like it"),),
    )
    placed = Placement("wan", "query", None, "GET /ali/api/v1/tasks/{task_id}", (), reading)
    written, done = add_reading(text, placed)
    assert written.endswith(
        "  wan:  # DashScope\n"
        "    status:\n"
        "      values:\n"
        "        waiting: queued  # ours\n"
        "        stalled: unknown  # REVIEW: no known meaning: decide\n"
        '        "404": failed  # REVIEW: y\n'
        "      fields: output.phase  # REVIEW: the doc's answers carry the status here\n"
        "    query: GET /ali/api/v1/tasks/{task_id}\n"
        "    fields:\n"
        "      video_url: output.video.url  # REVIEW: named like it\n"
    )
    assert written.startswith(RELAY.split("  wan:")[0])
    assert done == [
        "added wan.status.fields: output.phase (# REVIEW: the doc's answers carry the status here)",
        "kept wan.status.values.waiting (already there)",
        "added wan.status.values.stalled: unknown (# REVIEW: no known meaning: decide)",
        'added wan.status.values."404": failed (# REVIEW: y)',
        "added wan.fields.video_url: output.video.url (# REVIEW: named like it)",
    ]
    assert yaml.safe_load(written)["families"]["kling"] == yaml.safe_load(RELAY)["families"]["kling"]


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
    assert lines[-1] == "on a relay: 2 works, 0 not tried, 0 not placed, 0 fails"


def test_import_check_says_what_a_doc_adds_what_is_not_tried_and_what_a_write_would_scaffold() -> None:
    docs = ("kling-apifox-markdown-relay-words.md", "nebula-apifox-export.md", "sora-submit-apifox-markdown.md")
    done = _import("--check", *(str(DOCS / doc) for doc in docs))
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        "kling-apifox-markdown-relay-words.md: apifox-markdown; GET /kv/v1/videos/text2video/{task_id}; "
        "1 operation(s); 1 example(s), 0 dropped; ok; on a relay: works (kling text2video: "
        "GET /kv/v1/videos/text2video/{task_id}; adds finished, video_url to its reading, marked # REVIEW)"
    )
    assert lines[1] == (
        "nebula-apifox-export.md: openapi-export; GET /nebula/v1/tasks/{id}; 1 operation(s); 1 example(s), 0 dropped; "
        "ok; on a relay: not placed (no known upstream or wrapper matches its route, words or answer; --write "
        "scaffolds a new upstream)"
    )
    assert lines[2].endswith(
        "; on a relay: not tried (openai_videos submit: POST /sora-pool/v1/videos; only a query route is asked)"
    )
    assert lines[-1] == "on a relay: 1 works, 1 not tried, 1 not placed, 0 fails"


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


# What a reviewer finds in the proposed specs/upstreams/nebula.yaml for nebula-apifox-export.md, written by hand:
# the doc's status field and its four words (two with a usual meaning, two invented: unknown until decided), the
# paths of its id, URL, progress, error and creation time, the route fragment, the doc's answer
NEBULA_PROPOSED = {
    "upstream": "nebula",
    "title": "Nebula video task",
    "sources": ["specs/raw/nebula/nebula-apifox-export.md"],
    "routes": ["/nebula/"],
    "vocabulary": ["nebula_credits", "result"],
    "status": {
        "fields": "state",
        "values": {"waiting": "queued", "rendering": "running", "shining": "unknown", "collapsed": "unknown"},
    },
    "fields": {
        "task_id": "id", "video_url": "result.video_url", "progress": "percent", "error": "error_message",
        "created_at": "created_at",
    },
    "answers": [{
        "name": "doc-answer", "state": "unknown", "source": "specs/raw/nebula/nebula-apifox-export.md",
        "body": {"id": "nb-7f3a", "state": "shining", "percent": 100,
                 "result": {"video_url": "https://cdn.nebula.test/nb-7f3a.mp4"}, "error_message": "",
                 "created_at": 1767300000, "nebula_credits": 12},
    }],
}  # fmt: skip

# A local server answering Nebula's bodies (written by hand) at the relay's route, and a Gateway on relay "r"
ASK_NEBULA = """\
import json, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from videotask import Gateway

BODIES = {
    "/nebula/v1/tasks/nb-1": {"id": "nb-1", "state": "shining", "percent": 100,
                              "result": {"video_url": "https://cdn.nebula.test/nb-1.mp4"}, "error_message": ""},
    "/nebula/v1/tasks/nb-2": {"id": "nb-2", "state": "collapsed", "percent": 30, "result": {},
                              "error_message": "the prompt was refused"},
    "/nebula/v1/tasks/nb-3": {"id": "nb-3", "state": "rendering", "percent": 45, "result": {}},
}


class Answer(BaseHTTPRequestHandler):
    def do_GET(self):
        body = BODIES.get(self.path)
        data = json.dumps(body or {"error": {"message": "no such task"}}).encode()
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
with Gateway(f"http://127.0.0.1:{server.server_port}", "sk-test", relay="r") as gw:
    for task_id in ("nb-1", "nb-2", "nb-3"):
        task = gw.get("nebula", task_id)
        print(task.state.value, task.video_url, task.error, task.progress)
server.shutdown()
"""


@pytest.mark.slow
def test_a_doc_for_an_unknown_upstream_scaffolds_one_that_works_once_reviewed(tmp_path: Path) -> None:
    project = _project(tmp_path)
    doc = DOCS / "nebula-apifox-export.md"
    done = _run(project, "import", str(doc), "--relay", "r", "--write")
    assert done.returncode == 0, done.stderr
    upstream = project / "specs" / "upstreams" / "nebula.yaml"
    override = project / "specs" / "overrides" / "nebula.yaml"
    assert yaml.safe_load(upstream.read_text(encoding="utf-8")) == NEBULA_PROPOSED
    assert yaml.safe_load(override.read_text(encoding="utf-8")) == {
        "family": "nebula", "title": "Nebula video task", "version": "1.0.0", "upstream": "nebula",
        "operations": [{"id": "get_nebula_tasks_by_id", "role": "query", "method": "GET",
                        "path": "/nebula/v1/tasks/{id}", "model": "GetNebulaTasksByIdResponse",
                        "summary": "Query a Nebula task"}],
        "status": {"enum": "NebulaTaskStatus"},
    }  # fmt: skip
    assert yaml.safe_load((project / "specs" / "relays" / "r.yaml").read_text(encoding="utf-8"))["families"] == {
        "nebula": {"query": "GET /nebula/v1/tasks/{task_id}"}
    }
    assert (project / "specs" / "raw" / "nebula" / doc.name).read_bytes() == doc.read_bytes()
    # every guess is marked: each line under status and fields, and the title, sources, routes, vocabulary
    marked = [line for line in upstream.read_text(encoding="utf-8").splitlines() if "# REVIEW" in line]
    assert len(marked) == 17

    gen = _run(project, "gen")  # built on the guesses, each file named
    assert gen.returncode == 0, gen.stderr
    assert [line.split(" (line", 1)[0] for line in gen.stderr.splitlines() if "# REVIEW" in line] == [
        "review: specs/overrides/nebula.yaml: 4 guess(es) marked # REVIEW",
        "review: specs/upstreams/nebula.yaml: 17 guess(es) marked # REVIEW",
    ]

    # the reviewer: decides the two invented words, deletes every mark; no Python is edited
    text = upstream.read_text(encoding="utf-8")
    text = text.replace('"shining": unknown', '"shining": succeeded').replace(
        '"collapsed": unknown', '"collapsed": failed'
    )
    text = text.replace("    state: unknown  # REVIEW", "    state: succeeded")  # the doc's answer says shining
    upstream.write_text(re.sub(r"  # REVIEW.*", "", text), encoding="utf-8")
    override.write_text(re.sub(r"  # REVIEW.*", "", override.read_text(encoding="utf-8")), encoding="utf-8")
    gen = _run(project, "gen")
    assert gen.returncode == 0, gen.stderr
    assert "nebula: spec regenerated" in gen.stdout.splitlines()  # the decided words: its status enum's meanings
    assert (project / "generated" / "nebula" / "api").is_dir()

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project / "adapters"), str(project)])}
    env.pop("VIDEOTASK_SPECS_DIR", None)
    asked = subprocess.run(
        [sys.executable, "-c", ASK_NEBULA], cwd=project, env=env, capture_output=True, text=True, check=False
    )
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.splitlines() == [
        "succeeded https://cdn.nebula.test/nb-1.mp4 None 1.0",
        "failed None the prompt was refused 0.3",
        "running None None 0.45",
    ]


VIDU_NATIVE_SHAPES = """\
shapes:
  - name: done
    state: succeeded
    source: written for this test (the relay task object's completed answer)
    body: {id: vn-1, status: completed, video_url: "https://files.vn.test/vn-1.mp4"}
"""


@pytest.mark.parametrize("broken", [False, True], ids=["valid", "no-source"])
def test_onboarding_reads_a_familys_shapes_through_the_definitions_schema(tmp_path: Path, broken: bool) -> None:
    from codegen.catalog.relay import onboard

    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs, ignore=shutil.ignore_patterns("raw", "reports", "*.md"))
    text = VIDU_NATIVE_SHAPES.replace(
        "    source: written for this test (the relay task object's completed answer)\n", ""
    )
    (specs / "shapes" / "vidu_native.yaml").write_text(text if broken else VIDU_NATIVE_SHAPES, encoding="utf-8")
    relay_file = tmp_path / "r.yaml"
    relay_file.write_text("relay: r\nfamilies:\n  vidu_native:\n    query: GET /vn/tasks/{task_id}\n", encoding="utf-8")
    ok, lines = onboard(relay_file, Placement("vidu_native", "query", None, "GET /vn/tasks/{task_id}", ()), specs)
    if broken:  # the shapes file breaks its schema: no answer is taken from it
        assert (ok, lines) == (
            False,
            ["onboard   vidu_native: not tried: no real answer known (vidu_native shapes: shapes.0: \"source\" is a "
             "required property)"],
        )  # fmt: skip
    else:
        assert (ok, lines) == (
            True,
            ["onboard   vidu_native's shape done: GET /vn/tasks/task-onboard-7 -> succeeded, https://files.vn.test/vn-1.mp4"],
        )  # fmt: skip


def test_a_new_family_name_for_a_known_upstream_is_not_scaffolded_on_a_relay(tmp_path: Path) -> None:
    project = _project(tmp_path)
    doc = str(DOCS / "kling-apifox-markdown-other-words.md")
    done = _run(project, "import", doc, "--relay", "r", "--family", "klong", "--write")
    assert done.returncode == 1
    assert not (project / "specs" / "upstreams" / "klong.yaml").exists()
    assert not (project / "specs" / "relays" / "r.yaml").exists()
    assert (
        "  not placed GET /kl/v1/videos/text2video/{task_id}: --family: no such family; it matches "
        "specs/upstreams/kling.yaml: pass --family NAME of an existing family, or import it with --family NEW --write "
        "(no --relay) to scaffold a family of its own"
    ) in done.stderr.splitlines()


def test_gens_relay_check_refuses_a_relay_word_the_family_means_otherwise(tmp_path: Path) -> None:
    from codegen.__main__ import relay_problems

    shutil.copytree(ROOT / "specs", tmp_path / "specs", ignore=shutil.ignore_patterns("raw", "reports", "*.md"))
    (tmp_path / "specs" / "relays" / "clash.yaml").write_text(
        "relay: clash\nfamilies:\n  kling:\n    query: GET /k/{task_id}\n"
        "    status: {values: {succeed: failed, done: succeeded}}\n",  # Kling's own word, and a new one
        encoding="utf-8",
    )
    known = ["jimeng", "kling", "luma", "minimax", "openai_videos", "runway", "seedance", "video_generations",
             "video_query", "vidu", "vidu_native", "wan"]  # fmt: skip
    assert relay_problems(tmp_path, known) == [
        "specs/relays/clash.yaml: relay clash: families.kling.status.values.succeed: means failed here but succeeded "
        "to the family",
    ]
    (tmp_path / "specs" / "relays" / "clash.yaml").write_text(
        "relay: clash\nfamilies:\n  kling:\n    query: GET /k/{task_id}\n    status: {values: {success: running}}\n",
        encoding="utf-8",
    )  # the word of new-api's envelope, a wrapper kling's answers come in
    assert relay_problems(tmp_path, known) == [
        "specs/relays/clash.yaml: relay clash: families.kling.status.values.success: means running here but "
        "succeeded to the family",
    ]


def test_a_submit_page_for_a_family_with_no_query_on_the_relay_writes_nothing(tmp_path: Path) -> None:
    """A relay family is asked by its query route: a file with the submit alone would be refused at run time
    and stop every later import, so nothing is written and the report says what to import first."""
    project = _project(tmp_path)
    done = _run(project, "import", str(DOCS / "sora-submit-apifox-markdown.md"), "--relay", "r", "--write")
    assert done.returncode == 1, done.stderr
    assert "on relay r: nothing written" in done.stderr
    assert '"query" is a required property' in done.stderr
    assert "import its query page first" in done.stderr
    assert not (project / "specs" / "relays" / "r.yaml").exists()
    assert not (project / "specs" / "raw" / "relays").exists()


# A create page for an upstream no definition knows, written for this test (an invented "Orion" API)
ORION_CREATE = """\
# Orion video: create a task

```yaml
openapi: 3.0.1
info:
  title: Orion video create
  version: 1.0.0
paths:
  /orion/v1/tasks:
    post:
      summary: Create an Orion task
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                prompt:
                  type: string
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema:
                type: object
                properties:
                  id:
                    type: string
                  phase:
                    type: string
              examples:
                '1':
                  summary: made
                  value:
                    id: or-1
                    phase: lining_up
components:
  schemas: {}
```
"""


def test_a_create_page_of_an_unknown_upstream_scaffolds_nothing_until_its_query_is_known(tmp_path: Path) -> None:
    """The scaffold writes the same relay file a known upstream's page would: one with no query for the new family
    would be refused, so nothing at all is written (no upstream, family, raw doc or relay file)."""
    project = _project(tmp_path)
    doc = tmp_path / "orion-create.md"
    doc.write_text(ORION_CREATE, encoding="utf-8")
    done = _run(project, "import", str(doc), "--relay", "r", "--write")
    assert done.returncode == 1, done.stderr
    assert "on relay r: nothing written" in done.stderr
    assert 'families.orion: "query" is a required property' in done.stderr
    for written in ("relays/r.yaml", "upstreams/orion.yaml", "overrides/orion.yaml", "raw/orion"):
        assert not (project / "specs" / written).exists(), written
