"""The pytest plugin: in-process with pytester, and installed from a wheel in a throwaway project."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv

import pytest

from tests.conftest import ROOT

GOOD = {"id": "video_1", "status": "completed", "video_url": "https://cdn.example/v.mp4", "progress": 100}
BAD = {"id": "video_2", "status": "completed", "video_url": "https://cdn.example/v.mp4", "progress": "done"}

USER_TESTS = """
import pytest

@pytest.mark.videotask_recorded("openai_videos", "recorded/*.json")
def test_recorded(videotask_recorded):
    assert videotask_recorded.task is None or videotask_recorded.task.video_url

def test_on_demand(videotask_validate):
    videotask_validate("openai_videos", {"id": "x", "status": "queued"})

def test_mock(mock_gateway):
    assert mock_gateway.base_url.startswith("http://127.0.0.1:")
"""


def _project(root):
    (root / "recorded").mkdir()
    (root / "recorded" / "good.json").write_text(json.dumps(GOOD))
    (root / "recorded" / "bad.json").write_text(json.dumps(BAD))
    (root / "recorded" / "gone.http404.json").write_text(json.dumps({"error": {"message": "no", "code": 404}}))
    (root / "test_user.py").write_text(USER_TESTS)


@pytest.fixture
def pytester(pytester):
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    return pytester


def test_failures_name_the_file_path_schema_and_value(pytester):
    _project(pytester.path)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*recorded/bad.json: 1 violation(s) of the openai_videos spec (HTTP 200 response)",
            '*$.progress: "done" is not of type "integer"',
            '*expected: {"type": "integer"}',
            '*value:    "done"',
        ]
    )


def test_strict_marks_fail_on_a_status_the_table_lacks(pytester):
    (pytester.path / "r").mkdir()
    (pytester.path / "r" / "new.json").write_text(json.dumps({"id": "a", "status": "paused"}))
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.videotask_recorded("openai_videos", "r/*.json", strict=True)
        def test_strict(videotask_recorded):
            pass
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*status 'paused' is not in the openai_videos status table*"])


def test_a_marker_matching_nothing_is_a_usage_error(pytester):
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.videotask_recorded("jimeng", "nowhere/*.json")
        def test_nothing(videotask_recorded):
            pass
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*no file matches*nowhere/*.json*"])


@pytest.mark.slow
def test_the_plugin_works_in_a_project_that_installs_the_wheel(tmp_path):
    """Build the wheel, install it (no network: its dependencies come from this venv) in a fresh venv, and run
    a user's test project there: the entry point registers the plugin, the specs travel in the wheel."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", wheels, ROOT],
        check=True,
        capture_output=True,
    )
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    deps = [p for p in sys.path if p.endswith("site-packages")]
    with open(os.path.join(site, "zz_deps.pth"), "w") as pth:  # dependencies only: not the editable checkout
        pth.write("\n".join(deps) + "\n")
    wheel = next(wheels.glob("videotask-*.whl"))
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", wheel], check=True, capture_output=True
    )
    project = tmp_path / "project"
    project.mkdir()
    _project(project)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIDEOTASK_SPECS_DIR")}
    result = subprocess.run(
        [python, "-m", "pytest", "-p", "no:cacheprovider", "-q"], cwd=project, capture_output=True, text=True, env=env
    )
    assert "1 failed, 4 passed" in result.stdout, result.stdout + result.stderr
    assert "recorded/bad.json: 1 violation(s)" in result.stdout
    where = subprocess.run(
        [python, "-c", "import adapters; print(adapters.__file__)"],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    assert where.startswith(site), where  # the installed wheel, not this checkout
