"""The `videotask` command, run as the installed console script against a MockGateway in this process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from adapters import Gateway, TaskState
from adapters.cli import EXIT_ERROR, EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, EXIT_USAGE
from adapters.testing import MockGateway
from tests.conftest import spec_examples

VIDEOTASK = str(Path(sys.executable).parent / "videotask")


@pytest.fixture(scope="module")
def mock():
    with MockGateway(running_polls=2) as server:
        yield server


def run(*args, env=None, mock=None, timeout=60):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VIDEOTASK_")}
    if mock is not None:
        environment |= {"VIDEOTASK_BASE_URL": mock.base_url, "VIDEOTASK_API_KEY": mock.token}
    environment |= env or {}
    return subprocess.run([VIDEOTASK, *args], capture_output=True, text=True, env=environment, timeout=timeout)


def assert_one_line_error(result, code, *fragments):
    assert result.returncode == code, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("videotask: error: "), result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[-1]


def test_get_prints_the_unified_task(mock):
    result = run("get", "jimeng", "cgt-1", mock=mock)
    assert result.returncode == EXIT_OK, result.stderr
    assert "state       queued (NOT_START)" in result.stdout
    assert "task_id     cgt-1" in result.stdout


def test_get_json_carries_the_raw_body(mock):
    run("get", "openai_videos", "v-2", mock=mock)
    result = run("get", "openai_videos", "v-2", "--json", mock=mock)
    task = json.loads(result.stdout)
    assert (task["state"], task["progress"], task["raw"]["id"]) == ("running", 0.33, "v-2")


def test_options_win_over_the_environment(mock):
    result = run(
        "get", "vidu_native", "o-1", "--base-url", mock.base_url, "--api-key", mock.token,
        env={"VIDEOTASK_BASE_URL": "http://127.0.0.1:9", "VIDEOTASK_API_KEY": "wrong"},
    )  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr


def test_a_wrong_key_is_one_line_without_the_key(mock):
    result = run("get", "jimeng", "k-1", "--base-url", mock.base_url, "--api-key", "sk-leaky-123456")
    assert_one_line_error(result, EXIT_ERROR, "AuthenticationError", "HTTP 401")
    assert "sk-leaky-123456" not in result.stdout + result.stderr


def test_usage_errors_exit_2():
    assert_one_line_error(run("get", "jimeng", "x"), EXIT_USAGE, "no base URL")
    assert_one_line_error(run("get", "nope", "x", "--base-url", "http://127.0.0.1:9"), EXIT_USAGE, "unknown family")
    result = run("get", "jimeng", "--api-key", "sk-argv-secret-99", "--bogus")
    assert_one_line_error(result, EXIT_USAGE, "(see videotask get --help)")
    assert "sk-argv-secret-99" not in result.stderr


def test_the_network_failing_is_exit_4():
    result = run("get", "jimeng", "x", "--base-url", "http://127.0.0.1:9", "--api-key", "k" * 12)
    assert_one_line_error(result, EXIT_ERROR, "TransportError")


def test_wait_success_prints_progress_lines_and_a_table(mock):
    result = run("wait", "jimeng", "w-1", "w-2", "--interval", "0.01", mock=mock)
    assert result.returncode == EXIT_OK, result.stderr
    assert "jimeng w-1 running 33%" in result.stderr  # not a terminal: plain lines, no escape codes
    assert "\x1b[" not in result.stderr
    rows = [line.split() for line in result.stdout.splitlines()]
    assert rows[0][:3] == ["FAMILY", "TASK", "ID"]
    assert [row[:3] for row in rows[1:]] == [["jimeng", "w-1", "succeeded"], ["jimeng", "w-2", "succeeded"]]


def test_wait_with_a_failed_task_exits_1(mock):
    result = run("wait", "video_generations", "ok-1", "fail-1", "--interval", "0.01", mock=mock)
    assert result.returncode == EXIT_FAILED, result.stderr
    assert "fail-1" in result.stdout
    assert "mock: the upstream provider rejected" in result.stdout


def test_wait_timeout_exits_3_and_json_says_so(mock):
    result = run("wait", "openai_videos", "stuck-1", "--timeout", "0.5", "--interval", "0.05", "--json", mock=mock)
    assert result.returncode == EXIT_TIMEOUT, result.stderr
    final = json.loads(result.stdout)
    assert (final["state"], final["problem"]) == ("running", "timeout")


def test_wait_on_a_missing_task_exits_4(mock):
    mock.inject("not_found", task_id="gone", times=5)
    result = run("wait", "jimeng", "gone", "ok-2", "--interval", "0.01", mock=mock)
    assert result.returncode == EXIT_ERROR, result.stderr
    assert "NotFoundError" in result.stdout


@pytest.fixture
def recorded(tmp_path):
    valid = tmp_path / "valid.json"
    valid.write_text(json.dumps(spec_examples("openai_videos")[1][2]))
    invalid = tmp_path / "invalid.json"
    invalid.write_text(json.dumps({"id": 7, "status": "completed", "progress": "lots"}))
    broken = tmp_path / "broken.json"
    broken.write_text("{'id': 'not json'")
    return valid, invalid, broken


def test_validate_a_valid_file(recorded):
    result = run("validate", "--family", "openai_videos", str(recorded[0]))
    assert result.returncode == EXIT_OK, result.stdout
    assert "1 of 1 file(s) match" in result.stdout


def test_validate_reports_each_violation_with_file_and_path(recorded):
    valid, invalid, broken = recorded
    result = run("validate", "--family", "openai_videos", str(valid), str(invalid), str(broken))
    assert result.returncode == EXIT_FAILED
    assert f"{invalid}: 2 violation(s) of the openai_videos spec (HTTP 200 response)" in result.stdout
    assert '  $.id: 7 is not of type "string"\n    expected: {"type": "string"}\n    value:    7' in result.stdout
    assert '  $.progress: "lots" is not of type "integer"' in result.stdout
    assert f"{broken}: not JSON: " in result.stdout
    assert "1 of 3 file(s) match" in result.stdout


def test_validate_a_missing_file(tmp_path):
    result = run("validate", "--family", "jimeng", str(tmp_path / "nope.json"))
    assert result.returncode == EXIT_FAILED
    assert "cannot read" in result.stdout


def test_record_saves_a_scrubbed_response(mock, tmp_path):
    result = run("record", "jimeng", "rec/1", "--out", str(tmp_path), mock=mock)
    assert result.returncode == EXIT_OK, result.stderr
    path = Path(result.stdout.strip())
    assert path == tmp_path / "rec_1-queued.json"
    assert run("validate", "--family", "jimeng", str(path)).returncode == EXIT_OK


def test_mock_runs_in_the_foreground_until_interrupted():
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIDEOTASK_")}
    process = subprocess.Popen(
        [VIDEOTASK, "mock", "--port", "0", "--token", "sk-fixed"], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        banner = [process.stdout.readline() for _ in range(3)]
        base_url = banner[1].strip().split("=", 1)[1]
        assert banner[2].strip() == "export VIDEOTASK_API_KEY=sk-fixed"
        with Gateway(base_url, "sk-fixed") as gateway:
            assert gateway.get("vidu_native", "m-1").state is TaskState.QUEUED
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(10) == EXIT_OK


def test_demo_runs_offline_and_shows_a_failure():
    result = run("demo", timeout=120)
    assert result.returncode == EXIT_OK, result.stderr
    states = [line.split()[2] for line in result.stdout.splitlines()[1:]]
    assert states.count("failed") == 1
    assert states.count("succeeded") == len(states) - 1 >= 8


def test_record_saves_an_error_answer_by_its_status(mock, tmp_path):
    mock.inject("task_not_exist", task_id="vanished")
    result = run("record", "jimeng", "vanished", "--out", str(tmp_path), mock=mock)
    assert result.returncode == EXIT_OK, result.stderr
    path = Path(result.stdout.strip())
    assert path.name == "vanished.http400.json"
    assert json.loads(path.read_text())["code"] == "task_not_exist"
    assert run("validate", "--family", "jimeng", str(path)).returncode == EXIT_OK


def test_validate_strict_also_wants_a_known_status(tmp_path):
    path = tmp_path / "paused.json"
    path.write_text(json.dumps({"task_id": "a", "status": "paused"}))
    assert run("validate", "--family", "video_generations", str(path)).returncode == EXIT_OK
    strict = run("validate", "--strict", "--family", "video_generations", str(path))
    assert strict.returncode == EXIT_FAILED
    assert "status 'paused' is not in the video_generations status table" in strict.stdout


def test_wait_on_a_terminal_redraws_in_place(mock):
    """stderr on a pseudo-terminal: the progress block is redrawn with cursor movements, not appended."""
    import pty

    leader, follower = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VIDEOTASK_")}
    environment |= {"VIDEOTASK_BASE_URL": mock.base_url, "VIDEOTASK_API_KEY": mock.token}
    process = subprocess.Popen(
        [VIDEOTASK, "wait", "jimeng", "tty-1", "tty-2", "--interval", "0.05"],
        stdout=subprocess.PIPE, stderr=follower, env=environment, text=True,
    )  # fmt: skip
    os.close(follower)
    out, _ = process.communicate(timeout=60)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.returncode == EXIT_OK
    assert b"\x1b[2F" in shown  # moved up over the two rows to redraw them
    assert "jimeng tty-1 running" not in shown.decode()  # no plain lines on a terminal
    assert "tty-1" in out
