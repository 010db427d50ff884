"""`python -m codegen import` on the seeds, on docs we wrote for other providers, and on non-docs."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from codegen import gates
from codegen.__main__ import main
from codegen.pipeline import ROOT

OWN_DOCS = sorted(p for p in (Path(__file__).parent / "docs").iterdir() if p.is_file())
SEEDS = sorted((ROOT / "specs" / "raw").glob("*/*"))


def run_import(path: Path) -> subprocess.CompletedProcess[str]:
    """`python -m codegen import PATH`, run in this process (its `main`, its stdout and stderr): a process of its
    own per doc cost a second of start-up each; test_import_missing_file_exits_2 runs the real command."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["import", str(path)])
    return subprocess.CompletedProcess(
        ["python", "-m", "codegen", "import", str(path)], code, out.getvalue(), err.getvalue()
    )


@pytest.mark.parametrize("path", SEEDS + OWN_DOCS, ids=lambda p: p.name)
def test_import_prints_a_valid_clean_spec(path: Path) -> None:
    done = run_import(path)
    assert done.returncode == 0, done.stderr
    spec = yaml.safe_load(done.stdout)
    assert gates.openapi_valid(spec) == []
    assert gates.cleanliness(spec) == []
    assert gates.examples_valid(spec) == []


def test_import_handles_three_path_params_and_query_params() -> None:
    kling = yaml.safe_load(run_import(Path(__file__).parent / "docs" / "kling-openapi-export.md").stdout)
    (path,) = kling["paths"]
    assert path == "/kling/v1/videos/{task_type}/{model}/{task_id}"
    params = kling["paths"][path]["get"]["parameters"]
    assert [p["name"] for p in params] == ["model", "task_id", "task_type"]
    minimax = yaml.safe_load(run_import(Path(__file__).parent / "docs" / "minimax-apifox-page.txt").stdout)
    (op,) = minimax["paths"]["/minimax/v1/query/video_generation"].values()
    assert op["parameters"] == [
        {
            "name": "task_id",
            "in": "query",
            "required": True,
            "description": "任务ID",
            "schema": {"type": "string", "examples": ["106916112212032"], "minLength": 1},
        }
    ]  # fmt: skip (a required id may not be empty: minLength 1)
    # documented in prose: "Preparing" "Queueing" ... become the status enum
    enum = minimax["components"]["schemas"]["GetMinimaxQueryVideoGenerationResponseStatus"]["enum"]
    assert enum == ["Preparing", "Queueing", "Processing", "Success", "Fail"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.md", b""),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("notes.md", b"# Changelog\n\n- fixed a bug\n- added `GET` support\n"),
        ("latin1.md", "# Tâche\n\nGET /pika/v1/tasks/{id}\n".encode("latin-1")),
    ],
)
def test_import_refuses_non_docs_with_exit_2_and_one_line(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    done = run_import(path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1


def test_import_missing_file_exits_2(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "import", str(tmp_path / "nope.md")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "cannot read" in done.stderr
