"""The pytest plugin: in-process with pytester, and installed from a wheel in a throwaway project."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile

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


JOB = """
import sys
from videotask import Gateway, TaskState
from videotask.testing import MockGateway

with MockGateway() as mock, Gateway(mock.base_url, mock.token) as gw:
    task = gw.create_and_wait("openai_videos", {"model": "sora-2", "prompt": "a boat"}, timeout=60, poll_interval=0.01)
    assert task.state is TaskState.SUCCEEDED, task
    saved = gw.download(task, sys.argv[1])
    print("downloaded", saved.stat().st_size)
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The wheel built from this checkout, installed in a fresh venv (no network: its dependencies come from this
    venv) beside a package called `adapters` whose import needs torch, as AdapterHub's does."""
    tmp_path = tmp_path_factory.mktemp("installed")
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", wheels, ROOT],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("videotask-*.whl"))
    env_dir = tmp_path / "env"
    venv.create(env_dir)  # no pip of its own (ensurepip takes seconds): this venv's pip installs into it
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    deps = [p for p in sys.path if p.endswith("site-packages")]
    with open(os.path.join(site, "zz_deps.pth"), "w") as pth:  # dependencies only: not the editable checkout
        pth.write("\n".join(deps) + "\n")
    os.makedirs(os.path.join(site, "adapters"))
    with open(os.path.join(site, "adapters", "__init__.py"), "w") as init:
        init.write("import torch  # AdapterHub's adapters needs torch, which is not here\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel],
        check=True,
        capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIDEOTASK_SPECS_DIR")}
    return wheel, env_dir, site, env


@pytest.mark.slow
def test_the_wheel_holds_one_top_level_package(installed):
    wheel, *_ = installed
    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/")[0] for name in archive.namelist() if not name.split("/")[0].endswith(".dist-info")}
        names = archive.namelist()
    assert tops == {"videotask"}
    assert "videotask/clients/jimeng/client.py" in names  # the generated clients travel under it
    assert "videotask/_specs/overrides/jimeng.yaml" in names  # and the data they read
    assert "videotask/_specs/upstreams/kling.yaml" in names
    assert "videotask/_specs/wrappers/newapi_envelope.yaml" in names
    assert "videotask/_specs/relays/yunwu.yaml" in names
    assert "videotask/definitions/schemas/relay.schema.json" in names
    assert not [n for n in names if n.startswith("videotask/_specs/raw/")]  # not the raw docs: only codegen reads them


@pytest.mark.slow
def test_the_installed_package_works_beside_adapterhub(installed, tmp_path):
    _, env_dir, site, env = installed
    python, command = env_dir / "bin" / "python", env_dir / "bin" / "videotask"
    helped = subprocess.run([command, "--help"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert helped.returncode == 0, helped.stderr
    assert "usage: videotask" in helped.stdout
    listed = subprocess.run([command, "relays", "yunwu"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert "  seedance           query                 GET /volc/v1/contents/generations/tasks/{task_id}" in (
        listed.stdout
    ), listed.stderr
    (tmp_path / "job.py").write_text(JOB)
    done = subprocess.run(
        [python, "job.py", "boat.mp4"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "boat.mp4").stat().st_size > 0
    where = subprocess.run(
        [python, "-c", "import videotask; print(videotask.__file__)"], capture_output=True, text=True, env=env,
        cwd=tmp_path,
    ).stdout  # fmt: skip
    assert where.startswith(site), where  # the installed wheel, not this checkout


@pytest.mark.slow
def test_the_plugin_works_in_a_project_with_its_own_adapters_package(installed, tmp_path):
    """The entry point registers the plugin in a user's project, the specs travel in the wheel, and a project
    whose own package is called `adapters` shadows nothing the plugin imports."""
    _, env_dir, _, env = installed
    project = tmp_path / "project"
    project.mkdir()
    _project(project)
    (project / "adapters").mkdir()
    (project / "adapters" / "__init__.py").write_text("OURS = True\n")
    (project / "test_own.py").write_text("import adapters\n\ndef test_own():\n    assert adapters.OURS\n")
    result = subprocess.run(
        [env_dir / "bin" / "python", "-m", "pytest", "-p", "no:cacheprovider", "-q"],
        cwd=project, capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert "1 failed, 5 passed" in result.stdout, result.stdout + result.stderr
    assert "recorded/bad.json: 1 violation(s)" in result.stdout
