"""`python -m codegen gen` on a copy of the project: incremental, per family, and self-healing with --force."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.pipeline import ROOT
from tests.conftest import FAMILIES

pytestmark = pytest.mark.slow  # one copy of the project per module (per worker), edited in turn


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("project")
    for name in ("codegen", "specs", "generated", "adapters"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def gen(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project / "adapters"), str(project)])}
    return subprocess.run(
        [sys.executable, "-m", "codegen", "gen", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_nothing_changed_means_nothing_regenerated(project: Path) -> None:
    done = gen(project)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"{family}: up to date" for family in FAMILIES]


def test_hand_edited_spec_regenerates_that_family_only(project: Path) -> None:
    spec = project / "specs" / "vidu_native.yaml"
    before = (project / "generated" / "vidu_native" / "manifest.json").read_text()
    spec.write_text(spec.read_text().replace("Fetch a Vidu video task", "Fetch a Vidu task (edited)"))
    done = gen(project)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert lines.pop("vidu_native").startswith("client regenerated")
    assert lines == {family: "up to date" for family in FAMILIES if family != "vidu_native"}
    assert (project / "generated" / "vidu_native" / "manifest.json").read_text() != before
    assert (
        "(edited)" in (project / "generated" / "vidu_native" / "api" / "vidu_native" / "get_vidu_task.py").read_text()
    )

    # --force rebuilds the spec from its inputs: the hand edit is gone, as the drift check expects
    done = gen(project, "--force", "vidu_native")
    assert done.returncode == 0, done.stderr
    assert spec.read_bytes() == (ROOT / "specs" / "vidu_native.yaml").read_bytes()
    assert (project / "generated" / "vidu_native" / "manifest.json").read_bytes() == (
        ROOT / "generated" / "vidu_native" / "manifest.json"
    ).read_bytes()


def test_a_raw_doc_change_rebuilds_the_spec(project: Path) -> None:
    override = project / "specs" / "overrides" / "jimeng.yaml"
    override.write_text(override.read_text().replace("Fetch a Jimeng or Seedance video task", "Fetch it"))
    done = gen(project, "jimeng")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("jimeng: spec and client regenerated")
    assert "summary: Fetch it" in (project / "specs" / "jimeng.yaml").read_text()


def test_a_broken_override_stops_gen_with_every_error(project: Path) -> None:
    override = project / "specs" / "overrides" / "openai_videos.yaml"
    text = override.read_text()
    assert "    succeeded: succeeded\n" in text
    override.write_text(
        text.replace("    succeeded: succeeded\n", "    succeeded: finished\n").replace("title:", "titel:")
    )
    try:
        done = gen(project, "openai_videos")
    finally:
        override.write_text(text)
    assert done.returncode == 1
    errors = done.stderr.splitlines()
    # both problems, each with its path in the file
    assert any('openai_videos: status.values.succeeded: "finished" is not one of' in e for e in errors), errors
    assert any("openai_videos: (top): Additional properties are not allowed ('titel'" in e for e in errors), errors


def test_unknown_family_is_a_usage_error(project: Path) -> None:
    done = gen(project, "nope")
    assert done.returncode == 2
    assert "unknown family nope" in done.stderr


def test_a_shape_no_longer_shared_leaves_the_shared_models_and_the_clients_follow(project: Path) -> None:
    """vidu and vidu_native read one creations item (generated once, in the shared models); give vidu_native's
    a field of its own by hand, with no stamp to trust, and the shared models drop it, vidu gets a class of its
    own, and every client whose shared spec changed follows. --force puts it all back."""
    spec = project / "specs" / "vidu_native.yaml"
    text = spec.read_text()
    item = "    ViduTaskResponseCreationsItem:\n      type: object\n      properties:\n"
    assert item in text
    spec.write_text(text.replace(item, item + "        duration:\n          type: number\n"))
    (project / "codegen" / "__pycache__" / "gen-stamp.json").unlink(missing_ok=True)
    try:
        done = gen(project)
        assert done.returncode == 0, done.stderr
        lines = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
        assert lines["shared"] == "client regenerated"
        assert lines["vidu"] == "client regenerated"
        assert "ViduCreationsItem" not in (project / "specs" / "shared" / "models.yaml").read_text()
        vidu = (project / "generated" / "vidu" / "models" / "vidu_creations_creations_item.py").read_text()
        assert "class ViduCreationsCreationsItem:" in vidu
        native = (project / "generated" / "vidu_native" / "models" / "vidu_task_response_creations_item.py").read_text()
        assert "duration: float | Unset" in native
    finally:
        spec.write_text(text)
        done = gen(project, "--force")
    assert done.returncode == 0, done.stderr
    for path in ("specs/shared/models.yaml", "generated/vidu/models/vidu_creations_creations_item.py"):
        assert (project / path).read_bytes() == (ROOT / path).read_bytes()


def test_a_family_may_not_take_the_shared_models_name(project: Path) -> None:
    override = project / "specs" / "overrides" / "shared.yaml"
    shutil.copyfile(project / "specs" / "overrides" / "wan.yaml", override)
    try:
        done = gen(project)
    finally:
        override.unlink()
    assert done.returncode == 2
    assert "specs/overrides/shared.yaml: 'shared' is the shared models' package" in done.stderr
