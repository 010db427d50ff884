"""What a newcomer following the README ran into, each fixed: a sample body to start from, `--set` taking the
type the spec wants, a download of a task still running, the command's own words in its errors, a missing key,
`get --json` like `wait --json`, widths, and a demo that leaves nothing behind."""

from __future__ import annotations

import json

import pytest

from tests.cli.terminal import Screen
from tests.cli.test_cli import assert_one_line_error, on_a_terminal, run, run_process
from videotask.cli import EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, EXIT_USAGE, request_body
from videotask.testing import MockGateway


@pytest.fixture(scope="module")
def mock():
    with MockGateway(running_polls=2) as server:
        yield server


def test_sample_body_prints_a_body_create_accepts(mock, tmp_path):
    printed = run("sample-body", "kling", "--route", "image2video")
    assert printed.returncode == EXIT_OK, printed.stderr
    body = json.loads(printed.stdout)
    assert body["image"].startswith("https://")  # Kling's image2video requires its first frame
    (tmp_path / "body.json").write_text(printed.stdout, encoding="utf-8")
    created = run("create", "kling", "--route", "image2video", "--body", f"@{tmp_path / 'body.json'}", mock=mock)
    assert created.returncode == EXIT_OK, created.stderr


def test_sample_body_of_an_unknown_route_is_a_usage_error():
    assert_one_line_error(run("sample-body", "kling", "--route", "nope"), EXIT_USAGE, "nope")


def test_set_takes_the_type_the_schema_wants():
    schema = {"type": "object", "properties": {"duration": {"type": "string"}, "seed": {"type": "integer"},
              "cfg": {"anyOf": [{"type": "number"}, {"type": "null"}]}, "tags": {"type": "array"}}}  # fmt: skip
    sets = ["duration=10", "seed=7", "cfg=0.5", "tags=[1]", "other=3"]
    assert request_body("{}", sets, schema, {}) == {"duration": "10", "seed": 7, "cfg": 0.5, "tags": [1], "other": 3}


def test_create_with_set_duration_10_passes_klings_string_duration(mock):
    """Kling's duration is the text "5" or "10" (its API reference): `--set duration=10` must send "10"."""
    result = run("create", "kling", "--body", '{"prompt": "a fox"}', "--set", "duration=10", "--json", mock=mock)
    assert result.returncode == EXIT_OK, result.stderr


def test_download_waits_for_a_running_task(mock, tmp_path):
    target = tmp_path / "boat.mp4"
    result = run("download", "openai_videos", "video_123", str(target), "--interval", "0.01", mock=mock)
    assert result.returncode == EXIT_OK, result.stderr
    assert "openai_videos video_123 is queued: waiting for it" in result.stderr
    assert target.stat().st_size == 4096  # the MockGateway's default file size


def test_download_of_a_task_that_never_finishes_times_out(mock, tmp_path):
    result = run("download", "openai_videos", "stuck-dl", str(tmp_path / "x.mp4"), "--timeout", "0.3",
                 "--interval", "0.01", mock=mock)  # fmt: skip
    assert result.returncode == EXIT_TIMEOUT
    assert "stuck-dl: timeout; there is no result to save" in result.stderr
    assert not (tmp_path / "x.mp4").exists()


def test_download_of_a_failing_task_exits_1_after_waiting(mock, tmp_path):
    result = run("download", "openai_videos", "fail-dl2", str(tmp_path / "x.mp4"), "--interval", "0.01", mock=mock)
    assert result.returncode == EXIT_FAILED
    assert "fail-dl2 is failed" in result.stderr


def test_an_existing_file_gives_one_hint_in_the_commands_words(mock, tmp_path):
    (tmp_path / "boat.mp4").write_bytes(b"mine")
    result = run("download", "openai_videos", "video_9", str(tmp_path / "boat.mp4"), mock=mock)
    assert_one_line_error(result, EXIT_USAGE, "boat.mp4 exists (pass --overwrite to replace it)")
    assert "overwrite=True" not in result.stderr
    assert mock.polls("openai_videos", "video_9") == 0  # nothing was sent


def test_no_base_url_names_the_option():
    assert_one_line_error(run("get", "jimeng", "x"), EXIT_USAGE, "no base URL: pass --base-url URL or set")


def test_no_key_is_a_configuration_error_and_nothing_is_sent(mock):
    result = run("get", "jimeng", "nokey-1", env={"VIDEOTASK_BASE_URL": mock.base_url})
    assert_one_line_error(result, EXIT_USAGE, "no API key: pass --api-key KEY or set VIDEOTASK_API_KEY")
    assert mock.polls("jimeng", "nokey-1") == 0


def test_get_json_has_the_problem_key_wait_json_has(mock):
    got = json.loads(run("get", "jimeng", "pk-1", "--json", mock=mock).stdout)
    waited = json.loads(run("wait", "jimeng", "pk-1", "--json", "--interval", "0.01", mock=mock).stdout)
    assert set(got) == set(waited)
    assert got["problem"] is None


def test_the_demo_removes_its_temporary_folder(tmp_path):
    # a process of its own: Python reads $TMPDIR once per process, so this one's would not move the folder
    result = run_process("demo", env={"TMPDIR": str(tmp_path), "COLUMNS": "80"}, timeout=120)
    assert result.returncode == EXIT_OK, result.stderr
    assert list(tmp_path.iterdir()) == []
    assert "removed (pass --out DIR to keep the files)" in result.stderr
    lines = result.stderr.replace(str(tmp_path), "/tmp").splitlines()  # as long as under the usual /tmp
    assert lines[0].startswith("MockGateway on http://127.0.0.1:")
    assert lines[-1].endswith("removed (pass --out DIR to keep the files)")
    assert max(len(line) for line in lines[:2] + lines[-4:]) <= 80  # its own lines; a task's lines are a log


@pytest.mark.parametrize("columns", [60, 80])
def test_create_and_download_on_a_narrow_terminal_never_wrap(mock, columns):
    """The download bar, and the results table keeping ids whole at 80 columns as the progress table does;
    family names are cut at their end, never in the middle."""
    code, shown = on_a_terminal(
        ["create", "video_generations", "--body", '{"model": "m", "prompt": "p"}', "--interval", "0.01",
         "--download", f"/tmp/videotask-narrow-{columns}-{id(mock)}.mp4", "--overwrite"], columns, mock,
    )  # fmt: skip
    assert code == EXIT_OK, shown
    screen = Screen(columns).feed(shown)
    assert screen.wrapped == 0, shown
    header = next(i for i, line in enumerate(screen.lines) if line.startswith("FAMILY"))
    row = screen.lines[header + 1]
    if columns == 80:
        assert row.split()[:2] == ["video_generations", row.split()[1]]
        assert row.split()[1].startswith("vtask-")
        assert "…" not in row.split()[1]
    assert "video…ions" not in shown


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_a_download_bar_stays_on_one_line(columns):
    import io

    from videotask._display import Transfers

    out = io.StringIO()
    transfers = Transfers(out, live=True, size=lambda: (columns, 20))
    for done in (1_000_000, 2_000_000):
        transfers.update("openai_videos vtask-000006-429804", done, 2_097_152)
    transfers.close()
    screen = Screen(columns).feed(out.getvalue())
    shown = [line for line in screen.lines if line.strip()]
    assert len(shown) == 1, shown
    assert "2.0/2.1 MB" in shown[0]
    assert screen.wrapped == 0


def test_a_family_name_is_cut_at_its_end_never_in_the_middle():
    from videotask._display import results_table

    outcomes = [("openai_videos", "vtask-000006-429804", None, "timeout")]
    cell = results_table(outcomes, 40).splitlines()[1].split()[0]
    assert cell.endswith("…")  # 40 columns: it had to be cut
    assert "openai_videos".startswith(cell[:-1])
