"""A family is data: a copy of the project gets a throwaway family (a doc and an override, nothing else) and
`make gen`, normalize, the MockGateway and the command serve it with no Python change."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

# A doc we wrote for an invented provider, in the Apifox export rendering, with its usual junk.
DOC = """\
> Written for the videotask tests: an invented provider, no third-party text.

# Acme 视频任务查询

## OpenAPI Specification

```yaml
openapi: 3.0.1
info:
  title: ''
  version: 1.0.0
paths:
  /BASE_URL/acme/v2/jobs/{job_id}:
    get:
      summary: 查询任务
      parameters:
        - name: job_id
          in: path
          required: true
          schema: {type: string}
        - name: Authorization
          in: header
          required: false
          example: Bearer {{YOUR_API_KEY}}
          schema: {type: string}
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema:
                type: object
                properties:
                  job_id: {type: string}
                  phase:
                    type: string
                    description: "枚举值：waiting（排队）、working（生成中）、done（完成）、broken（失败）"
                  pct: {type: integer}
                  result: {type: object, properties: {link: {type: string}}}
                  reason: {type: string}
              examples:
                '1':
                  summary: done
                  value: {job_id: job-77, phase: done, pct: 100, result: {link: "https://cdn.acme.example/v/77.mp4"}}
                '2':
                  summary: working
                  value: {job_id: job-78, phase: working, pct: 40, result: {link: ""}}
                '3':
                  summary: broken
                  value: {job_id: job-79, phase: broken, pct: 10, result: {link: ""}, reason: "prompt rejected"}
      x-apifox-folder: 视频
```
"""

OVERRIDE = """\
family: acme_video
title: Acme video jobs
operations:
  - id: get_acme_job
    role: query
    method: GET
    path: /acme/v2/jobs/{job_id}
    model: AcmeJob
status:
  fields: phase
  enum: AcmeJobPhase
  values: {waiting: queued, working: running, done: succeeded, broken: failed}
fields:
  task_id: job_id
  video_url: result.link
  progress: pct
  error: reason
"""

CHECK = """\
import subprocess, sys
from videotask import Gateway, TaskState, families, normalize
from videotask.testing import MockGateway

assert "acme_video" in families()
done = normalize("acme_video", {"job_id": "j", "phase": "done", "result": {"link": "https://cdn.acme.example/x.mp4"}})
assert (done.state, done.video_url, done.progress) == (TaskState.SUCCEEDED, "https://cdn.acme.example/x.mp4", 1.0)
broken = normalize("acme_video", {"job_id": "j", "phase": "broken", "pct": 10, "reason": "prompt rejected"})
assert (broken.state, broken.error, broken.progress) == (TaskState.FAILED, "prompt rejected", 0.1)
with MockGateway(families=["acme_video"], running_polls=1) as mock, Gateway(mock.base_url, mock.token) as gw:
    task = gw.wait("acme_video", "job-1", poll_interval=0)
    assert task.state is TaskState.SUCCEEDED and task.video_url.startswith("https://"), task
    failed = gw.wait("acme_video", "fail-2", poll_interval=0)
    assert failed.state is TaskState.FAILED and failed.error, failed
    shown = subprocess.run(
        [sys.executable, "-m", "videotask.cli", "get", "acme_video", "job-1", "--base-url", mock.base_url,
         "--api-key", mock.token], capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert "succeeded (done)" in shown.stdout, shown.stdout
print("ok")
"""


@pytest.mark.slow
def test_a_new_family_needs_only_a_doc_and_an_override(tmp_path: Path) -> None:
    project = tmp_path / "project"
    for name in ("adapters", "codegen", "specs", "generated"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    (project / "specs" / "raw" / "acme_video").mkdir()
    (project / "specs" / "raw" / "acme_video" / "query.md").write_text(DOC, encoding="utf-8")
    (project / "specs" / "overrides" / "acme_video.yaml").write_text(OVERRIDE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project / "adapters"), str(project)])}
    env.pop("VIDEOTASK_SPECS_DIR", None)

    gen = subprocess.run(
        [sys.executable, "-m", "codegen", "gen", "acme_video"], cwd=project, env=env, capture_output=True, text=True
    )
    assert gen.returncode == 0, gen.stderr
    assert "acme_video: spec and client regenerated" in gen.stdout
    assert (project / "generated" / "acme_video" / "api" / "acme_video" / "get_acme_job.py").is_file()

    check = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHECK)], cwd=project, env=env, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip() == "ok"
