"""The `videotask` command against a MockGateway in this process: its main(argv) called here, and the installed
console script where being a process is the point (the entry point, exit codes through the OS, signals, a
terminal)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.cli.terminal import Screen
from tests.conftest import spec_examples
from videotask import AuthenticationError, Gateway, TaskState
from videotask.cli import EXIT_ERROR, EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, EXIT_USAGE, fault_mix, main
from videotask.testing import MockGateway

VIDEOTASK = str(Path(sys.executable).parent / "videotask")


@pytest.fixture(scope="module")
def mock():
    with MockGateway(running_polls=2) as server:
        yield server


def _environment(mock, env):
    # not $COLUMNS/$LINES either: readline exports them in a process that loads it (an xdist worker does), and
    # the command would cut its table to them instead of writing whole lines into the pipe
    inherited = ("COLUMNS", "LINES")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VIDEOTASK_") and k not in inherited}
    if mock is not None:
        environment |= {"VIDEOTASK_BASE_URL": mock.base_url, "VIDEOTASK_API_KEY": mock.token}
    return environment | (env or {})


def run(*args, env=None, mock=None, timeout=60):
    """main(argv) in this process, as the console script calls it (its environment, sys.argv, stdout and stderr
    swapped in for the call): a Python start-up less per command. It runs in a thread so that a command that
    never ends fails the test after `timeout`, as a process would be killed, instead of hanging the suite."""
    saved_environ, saved_argv = dict(os.environ), sys.argv
    out, err = io.StringIO(), io.StringIO()
    ended: list[int | BaseException] = []

    def call():
        try:
            ended.append(main(list(args)))
        except SystemExit as exc:  # argparse: usage errors and --help
            ended.append(exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1)
        except BaseException as exc:  # re-raised in the test
            ended.append(exc)

    try:
        os.environ.clear()
        os.environ.update(_environment(mock, env))
        sys.argv = [VIDEOTASK, *args]
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            thread = threading.Thread(target=call, daemon=True)
            thread.start()
            thread.join(timeout)
    finally:
        os.environ.clear()
        os.environ.update(saved_environ)
        sys.argv = saved_argv
    assert ended, f"videotask {' '.join(args)} did not end in {timeout} s:\n{err.getvalue()}"
    if isinstance(ended[0], BaseException):
        raise ended[0]
    return subprocess.CompletedProcess([VIDEOTASK, *args], ended[0], out.getvalue(), err.getvalue())


def run_process(*args, env=None, mock=None, timeout=60):
    """The installed console script in a process of its own."""
    return subprocess.run(
        [VIDEOTASK, *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=_environment(mock, env),
        timeout=timeout,
    )


def assert_one_line_error(result, code, *fragments):
    assert result.returncode == code, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("videotask: error: "), result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[-1]


def test_get_prints_the_unified_task(mock):
    result = run_process("get", "jimeng", "cgt-1", mock=mock)  # the entry point
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
    # argparse's own exit, through the OS; it reads the key to scrub from the process's argv
    result = run_process("get", "jimeng", "--api-key", "sk-argv-secret-99", "--bogus")
    assert_one_line_error(result, EXIT_USAGE, "(see videotask get --help)")
    assert "sk-argv-secret-99" not in result.stderr


def test_a_usage_error_of_main_called_as_a_library_scrubs_the_key_it_was_given(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["some-other-program"])  # main(argv) is not the process's command line
    monkeypatch.delenv("VIDEOTASK_API_KEY", raising=False)
    with pytest.raises(SystemExit) as exited:
        # the key pasted twice: argparse echoes the stray copy as an unrecognized argument
        main(["get", "jimeng", "x", "--api-key", "sk-lib-secret-77", "sk-lib-secret-77"])
    assert exited.value.code == EXIT_USAGE
    assert "sk-lib-secret-77" not in capsys.readouterr().err


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
    assert "the prompt was rejected by the content filter" in result.stdout  # the failed shape's error text


def test_wait_timeout_exits_3_and_json_says_so(mock):
    # a stuck task never ends: the timeout is the only way out, however loaded the machine (no race to lose)
    result = run("wait", "openai_videos", "stuck-1", "--timeout", "0.5", "--interval", "0.05", "--json", mock=mock)
    assert result.returncode == EXIT_TIMEOUT, result.stderr
    final = json.loads(result.stdout)
    assert final["problem"] == "timeout"
    assert final.get("state") in (None, "queued", "running")  # the last state seen, if an answer came in time


def test_an_invalid_task_id_is_a_usage_error(mock):
    assert_one_line_error(run("get", "jimeng", "", mock=mock), EXIT_USAGE, "task id")
    assert_one_line_error(run("get", "jimeng", "..", mock=mock), EXIT_USAGE, "task id")
    result = run("wait", "jimeng", "ok-9", "a\x01b", "--interval", "0.01", mock=mock)
    assert_one_line_error(result, EXIT_USAGE, "task id")
    assert result.stdout == ""  # refused before anything was sent or shown


def test_wait_help_documents_the_polling_schedule():
    # a process: argparse wraps the help to its terminal, 80 columns in a pipe, wherever pytest runs
    text = " ".join(run_process("wait", "--help").stdout.split())
    for fact in ("--interval", "Retry-After", "openai-poll-after-ms", "every 8% of the time watched", "0.5 s"):
        assert fact in text
    assert "at most 8 s" in text


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


def test_validate_without_any_file_is_a_usage_error(tmp_path):
    assert_one_line_error(run("validate", "--family", "jimeng", str(tmp_path / "nope.json")), EXIT_USAGE, "no files")
    # a shell glob that matched nothing arrives as the pattern itself
    pattern = str(tmp_path / "*.json")
    assert_one_line_error(run("validate", "--family", "jimeng", pattern), EXIT_USAGE, "no files match")


def test_validate_a_missing_file_among_others(recorded, tmp_path):
    result = run("validate", "--family", "openai_videos", str(recorded[0]), str(tmp_path / "nope.json"))
    assert result.returncode == EXIT_FAILED
    assert f"{tmp_path / 'nope.json'}: cannot read" in result.stdout


def test_validate_expands_a_quoted_pattern(recorded, tmp_path):
    result = run("validate", "--family", "openai_videos", str(tmp_path / "v*.json"))
    assert result.returncode == EXIT_OK, result.stdout
    assert "1 of 1 file(s) match" in result.stdout


def test_record_saves_a_scrubbed_response(mock, tmp_path):
    result = run("record", "jimeng", "rec/1", "--out", str(tmp_path), mock=mock)
    assert result.returncode == EXIT_OK, result.stderr
    path = Path(result.stdout.strip())
    assert path == tmp_path / "rec_1-queued.json"
    assert run("validate", "--family", "jimeng", str(path)).returncode == EXIT_OK


@contextlib.contextmanager
def foreground_mock(*options):
    """`videotask mock` in a process of its own; yields its base URL, stops it with Ctrl-C (SIGINT)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIDEOTASK_")}
    process = subprocess.Popen(
        [VIDEOTASK, "mock", "--port", "0", "--token", "sk-fixed", *options],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        # a shell's background job starts with SIGINT ignored, and a child inherits that: Ctrl-C must reach it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        banner = [process.stdout.readline() for _ in range(3)]
        assert banner[2].strip() == "export VIDEOTASK_API_KEY=sk-fixed"
        yield banner[1].strip().split("=", 1)[1]
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(60) == EXIT_OK


def test_mock_runs_in_the_foreground_until_interrupted():
    with foreground_mock() as base_url, Gateway(base_url, "sk-fixed") as gateway:
        assert gateway.get("vidu_native", "m-1").state is TaskState.QUEUED


def test_mock_injects_faults_at_a_rate():
    # a rate of 1: every answer is the fault, so the outcome does not depend on chance
    with foreground_mock("--fault", "unauthorized:1") as base_url, Gateway(base_url, "sk-fixed") as gateway:
        for task_id in ("m-1", "m-2", "m-3"):
            with pytest.raises(AuthenticationError):
                gateway.get("jimeng", task_id)


def test_mock_fault_options_become_the_mocks_mix():
    assert fault_mix(["rate_limited:0.2", "server_error:0.05"]) == (0.25, ("rate_limited",) * 4 + ("server_error",))
    assert fault_mix(["drop"]) == (0.1, ("drop",))
    assert fault_mix([]) == (0, ())


def test_mock_refuses_unknown_faults_and_bad_rates():
    # a mock that took what it should refuse would serve: run() ends the test after its timeout
    result = run("mock", "--port", "0", "--fault", "gremlins")
    assert_one_line_error(result, EXIT_USAGE, "unknown fault 'gremlins'", "rate_limited", "truncated_json")
    assert_one_line_error(run("mock", "--port", "0", "--fault", "drop:2"), EXIT_USAGE, "RATE")
    assert_one_line_error(run("mock", "--port", "0", "--fault", "drop:x"), EXIT_USAGE, "RATE")
    result = run("mock", "--port", "0", "--fault", "drop:0.6", "--fault", "slow:0.6")
    assert_one_line_error(result, EXIT_USAGE, "more than 1")


@pytest.mark.slow
def test_demo_runs_offline_shows_a_failure_and_downloads_the_rest(tmp_path):
    result = run_process("demo", "--out", str(tmp_path), timeout=120)  # the newcomer's first command, as typed
    assert result.returncode == EXIT_OK, result.stderr
    states = [line.split()[2] for line in result.stdout.splitlines()[1:]]
    assert states.count("failed") == 1
    assert states.count("succeeded") == len(states) - 1 >= 8
    files = sorted(tmp_path.glob("*.mp4"))
    assert len(files) == len(states) - 1
    assert {path.stat().st_size for path in files} == {2 * 1024 * 1024}  # the demo's content_size
    assert "duplicate submissions: 0\nrequests carrying the key to the file origin: 0\n" in result.stderr


def test_record_saves_an_error_answer_only_when_asked(mock, tmp_path):
    mock.inject("task_not_exist", task_id="vanished")
    refused = run("record", "jimeng", "vanished", "--out", str(tmp_path / "out"), mock=mock)
    assert_one_line_error(refused, EXIT_ERROR, "NotFoundError", "HTTP 400")
    assert not (tmp_path / "out").exists()
    mock.inject("task_not_exist", task_id="vanished")
    result = run("record", "jimeng", "vanished", "--out", str(tmp_path), "--errors", mock=mock)
    assert result.returncode == EXIT_OK, result.stderr
    path = Path(result.stdout.strip())
    assert path.name == "vanished.http400.json"
    assert json.loads(path.read_text())["code"] == "task_not_exist"
    assert run("validate", "--family", "jimeng", str(path)).returncode == EXIT_OK


def test_record_with_a_wrong_key_writes_nothing(mock, tmp_path):
    out = tmp_path / "fixtures"
    result = run("record", "jimeng", "r-1", "--out", str(out), "--base-url", mock.base_url, "--api-key", "sk-wrong-9")
    assert_one_line_error(result, EXIT_ERROR, "AuthenticationError", "HTTP 401")
    assert "sk-wrong-9" not in result.stderr
    assert not out.exists()
    assert "--errors" in run("record", "--help").stdout


def test_a_short_key_is_scrubbed_without_mangling_words(mock):
    result = run("get", "jimeng", "k-2", "--base-url", mock.base_url, "--api-key", "k")
    assert_one_line_error(result, EXIT_ERROR, "AuthenticationError", "HTTP 401")
    assert result.stderr.startswith("videotask: error: AuthenticationError: HTTP 401 from GET /jimeng/fetch/k-2")


def test_validate_strict_also_wants_a_known_status(tmp_path):
    path = tmp_path / "paused.json"
    path.write_text(json.dumps({"task_id": "a", "status": "paused"}))
    assert run("validate", "--family", "video_generations", str(path)).returncode == EXIT_OK
    strict = run("validate", "--strict", "--family", "video_generations", str(path))
    assert strict.returncode == EXIT_FAILED
    assert "status 'paused' is not in the video_generations status table" in strict.stdout


def on_a_terminal(args, columns, mock, rows=24):
    """Run the command with stdout and stderr on a pseudo-terminal `columns` wide (its size set with TIOCSWINSZ,
    $COLUMNS and $LINES unset); returns the exit code and everything the terminal received."""
    import fcntl
    import pty
    import struct
    import termios
    import threading

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VIDEOTASK_")}
    environment = {k: v for k, v in environment.items() if k not in ("COLUMNS", "LINES")}
    environment |= {"VIDEOTASK_BASE_URL": mock.base_url, "VIDEOTASK_API_KEY": mock.token, "TERM": "xterm-256color"}
    process = subprocess.Popen([VIDEOTASK, *args], stdout=follower, stderr=follower, env=environment)
    os.close(follower)
    shown = bytearray()

    def drain():  # read as it comes: a full terminal buffer would block the command
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the command has exited and closed the terminal
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    code = process.wait(60)
    reader.join(60)
    os.close(leader)
    return code, shown.decode()


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_wait_on_a_terminal_never_wraps_nor_repeats_a_row(mock, columns):
    """Long ids, long result URLs: the live table is redrawn in place, cut to the width, then the table."""
    ids = [f"tty{n}-{columns}-" + "x" * 40 for n in range(3)]
    code, shown = on_a_terminal(["wait", "jimeng", *ids, "--interval", "0.02"], columns, mock)
    assert code == EXIT_OK, shown
    screen = Screen(columns).feed(shown)
    assert screen.wrapped == 0, shown
    assert max(len(line) for line in screen.lines) <= columns
    for n in range(3):  # once in the last frame of the live table, once in the results table
        assert sum(f"tty{n}-" in line for line in screen.lines) == 2, "\n".join(screen.lines)
    assert f"jimeng tty0-{columns}" not in shown  # no plain lines on a terminal
    header = next(i for i, line in enumerate(screen.lines) if line.startswith("FAMILY"))
    assert [line.split()[2] for line in screen.lines[header + 1 : header + 4]] == ["succeeded"] * 3
    assert "…" in screen.lines[header + 1]  # the long id and URL were cut to fit
