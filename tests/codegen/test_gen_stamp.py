"""The stamp that lets a no-op `gen` skip parsing: it is used, and any changed input still regenerates."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.pipeline import ROOT
from tests.conftest import FAMILIES

pytestmark = pytest.mark.slow  # each test copies the project and runs `gen` in it


@pytest.fixture(scope="module")
def stamped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project after its first `gen` (which parses everything, then writes the stamp); read only."""
    copy = tmp_path_factory.mktemp("stamped")
    for name in ("codegen", "specs", "generated", "adapters"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    assert _up_to_date(gen(copy)), "a fresh copy is up to date"
    return copy


@pytest.fixture
def project(stamped: Path, tmp_path: Path) -> Path:
    """A copy of the project whose stamp is fresh: its next `gen` takes the fast path. Copied from `stamped` with
    the stamp and every mtime (copytree keeps them), which is all the stamp's fingerprint reads besides bytes."""
    shutil.copytree(stamped, tmp_path, dirs_exist_ok=True)
    return tmp_path


def gen(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m codegen gen` in the copy, with -X importtime: stderr says which modules it imported."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project / "adapters"), str(project)])}
    command = [sys.executable, "-X", "importtime", "-m", "codegen", "gen", *args]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)


def _imported(done: subprocess.CompletedProcess[str]) -> set[str]:
    return {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}


def _up_to_date(done: subprocess.CompletedProcess[str]) -> bool:
    return done.returncode == 0 and done.stdout.splitlines() == [f"{family}: up to date" for family in FAMILIES]


def _fast(done: subprocess.CompletedProcess[str]) -> bool:
    """Up to date without computing a key: neither the pipeline (which parses syntax trees for the keys) nor a
    YAML parser was imported."""
    return _up_to_date(done) and not {"codegen.pipeline", "yaml"} & _imported(done)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _regenerated(done: subprocess.CompletedProcess[str], family: str) -> bool:
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    return done.returncode == 0 and lines.get(family, "").startswith("spec ")  # and client, when the body changed


def test_a_second_no_op_run_parses_nothing(project: Path) -> None:
    assert _fast(gen(project))
    assert (project / "codegen" / "__pycache__" / "gen-stamp.json").is_file()


def test_a_changed_raw_doc_regenerates_through_the_stamp(project: Path) -> None:
    assert _fast(gen(project))
    _edit(project / "specs" / "raw" / "runway" / "query-task.md", "提交接口返回的 id", "the id the submit call gave")
    done = gen(project)
    assert _regenerated(done, "runway"), done.stdout + done.stderr
    assert "description: the id the submit call gave" in (project / "specs" / "runway.yaml").read_text()
    assert _fast(gen(project))


def test_a_changed_override_regenerates_through_the_stamp(project: Path) -> None:
    assert _fast(gen(project))
    _edit(project / "specs" / "overrides" / "jimeng.yaml", "Fetch a Jimeng or Seedance video task", "Fetch it")
    done = gen(project)
    assert _regenerated(done, "jimeng"), done.stdout + done.stderr
    assert "summary: Fetch it\n" in (project / "specs" / "jimeng.yaml").read_text()


def test_a_changed_upstream_answer_regenerates_through_the_stamp(project: Path) -> None:
    assert _fast(gen(project))
    _edit(project / "specs" / "upstreams" / "luma.yaml", "a tram gliding through fog", "a ferry leaving a harbour")
    done = gen(project, "luma")
    assert _regenerated(done, "luma"), done.stdout + done.stderr
    spec = (project / "specs" / "luma.yaml").read_text()
    assert "a ferry leaving a harbour between tall glass towers" in spec
    assert "a tram gliding through fog" not in spec


def test_a_changed_spec_making_module_regenerates_through_the_stamp(project: Path) -> None:
    assert _fast(gen(project))
    _edit(project / "codegen" / "emit.py", "# Do not edit: change", "# Never edit by hand: change")
    done = gen(project, "kling")
    assert _regenerated(done, "kling"), done.stdout + done.stderr
    assert "\n# Never edit by hand: change the raw docs" in (project / "specs" / "kling.yaml").read_text()


def test_a_comment_edit_parses_once_then_the_stamp_is_fresh_again(project: Path) -> None:
    assert _fast(gen(project))
    _edit(project / "codegen" / "spec.py", "from __future__", "# a comment changes no spec\nfrom __future__")
    done = gen(project)
    assert _up_to_date(done)
    assert not _fast(done)
    assert _fast(gen(project))


def test_inputs_put_back_byte_for_byte_regenerate_back(project: Path) -> None:
    raw = project / "specs" / "raw" / "runway" / "query-task.md"
    original = raw.read_bytes()
    _edit(raw, "提交接口返回的 id", "the id the submit call gave")
    assert _regenerated(gen(project, "runway"), "runway")
    raw.write_bytes(original)
    assert _regenerated(gen(project, "runway"), "runway")
    assert (project / "specs" / "runway.yaml").read_bytes() == (ROOT / "specs" / "runway.yaml").read_bytes()
    assert _fast(gen(project))


def test_a_stamp_that_is_not_json_is_ignored(project: Path) -> None:
    (project / "codegen" / "__pycache__" / "gen-stamp.json").write_text("{not json", encoding="utf-8")
    done = gen(project)
    assert _up_to_date(done)
    assert not _fast(done)
    assert _fast(gen(project))
