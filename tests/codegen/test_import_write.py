"""`codegen import --write`: the doc into specs/raw/<family>/, a proposed override in the `operations:` format."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from codegen.pipeline import ROOT

DOCS = Path(__file__).parent / "docs" / "renderings"


def _scaffold(tmp_path: Path, doc: str, family: str) -> subprocess.CompletedProcess[str]:
    for folder in ("codegen", "adapters"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "specs" / "raw").mkdir(parents=True)
    return subprocess.run(
        [sys.executable, "-m", "codegen", "import", str(DOCS / doc), "--family", family, "--write", "--no-client",
         "--root", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_write_scaffolds_raw_doc_and_a_reviewable_override(tmp_path: Path) -> None:
    done = _scaffold(tmp_path, "hailuo-gitbook.md", "hailuo")
    assert (tmp_path / "specs" / "raw" / "hailuo" / "hailuo-gitbook.md").read_bytes() == (
        DOCS / "hailuo-gitbook.md"
    ).read_bytes()
    text = (tmp_path / "specs" / "overrides" / "hailuo.yaml").read_text(encoding="utf-8")
    assert "# REVIEW" in text
    override = yaml.safe_load(text)
    assert "operation" not in override
    assert override["operations"] == [
        {
            "id": "get_hailuo_query_video_generation",
            "role": "query",
            "method": "GET",
            "path": "/hailuo/v1/query/video_generation",
            "model": "GetHailuoQueryVideoGenerationResponse",
            "summary": "海螺视频查询",
        }
    ]
    # the route matches the catalog's MiniMax shape: its meanings for the doc's word and the rest of its table
    assert override["status"]["fields"] == ["status"]
    assert override["status"]["values"] == {
        "Processing": "running",
        "Preparing": "queued",
        "Queueing": "queued",
        "Success": "succeeded",
        "Fail": "failed",
    }
    assert override["fields"]["task_id"] == "task_id"
    assert override["fields"]["file_id"] == "file_id"
    assert override["fields"]["error"] == "base_resp"
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "specs" / "hailuo.yaml").exists()


def test_write_needs_a_family(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "import", str(DOCS / "pika-nextra.md"), "--write"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "--family" in done.stderr
