"""The command's display on its own: the live table and the results table fit any width, cut ids and URLs in
the middle, and say what they know (unknown progress, the state a wait timed out in). No I/O, no clock."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from tests.cli.terminal import Screen
from videotask._display import Progress, middle, results_table
from videotask._task import TaskState, VideoTask

LONG_URL = "https://cdn.example-video-host.com/outputs/2025/06/01/c0ffee00c0ffee00c0ffee00c0ffee00/final-video.mp4"
LONG_ID = "cgt-20250601120000-" + "q" * 30


def task(task_id, state, progress, *, url=None, error=None, family="jimeng"):
    return VideoTask(family, task_id, state, state.value.upper(), progress, url, error, None, None, None, raw={})


def test_middle_keeps_both_ends():
    assert middle("https://cdn.example.com/some/long/path/video.mp4", 26) == "https://cdn.exa…/video.mp4"
    assert middle("abcdefghij", 10) == "abcdefghij"
    assert middle("abcdefghij", 5) == "abc…j"
    assert middle("abcdefghij", 1) == "…"
    assert middle("任务任务任务", 7) == "任务…务"  # wide characters count as two cells


def _live(columns: int, keys, steps) -> Screen:
    stream = io.StringIO()
    clock = iter(range(0, 10_000, 1))  # a new second every call: every update redraws
    progress = Progress(stream, keys, live=True, size=lambda: (columns, 24), clock=lambda: float(next(clock)))
    for step in steps:
        step(progress)
    progress.close()
    return Screen(columns).feed(stream.getvalue())


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
def test_the_live_table_never_wraps_nor_repeats_a_row(columns):
    ids = [f"row{n}-{LONG_ID}" for n in range(3)]
    steps = []
    for percent in (0.1, 0.35, 0.8):
        for task_id in ids:
            steps.append(lambda p, t=task_id, x=percent: p.update(task(t, TaskState.RUNNING, x)))
    steps.append(lambda p: p.update(task(ids[0], TaskState.SUCCEEDED, 1.0, url=LONG_URL)))
    steps.append(lambda p: p.update(task(ids[1], TaskState.FAILED, 0.8, error="the provider said no " * 5)))
    steps.append(lambda p: p.note("jimeng", ids[2], task(ids[2], TaskState.RUNNING, 0.8), "timeout"))
    screen = _live(columns, [("jimeng", task_id) for task_id in ids], steps)
    assert screen.wrapped == 0
    assert all(len(line) <= columns for line in screen.lines)
    for n in range(3):
        assert sum(f"row{n}-" in line for line in screen.lines) == 1, screen.lines
    assert screen.lines[0].split()[-1].startswith("succeed")
    assert screen.lines[1].split()[-1] == "failed"
    if columns >= 60:
        assert screen.lines[0].split()[-2:] == ["100%", "succeeded"]
        assert screen.lines[2].split()[-4:] == ["80%", "timeout", "(running", "80%)"]


def test_progress_a_family_does_not_report_is_unknown_not_an_empty_bar():
    def steps(p):
        p.update(task("a", TaskState.RUNNING, None))
        p.update(task("b", TaskState.RUNNING, 0.5))

    screen = _live(80, [("jimeng", "a"), ("jimeng", "b")], [steps])
    assert screen.lines[0].split() == ["jimeng", "a", "unknown", "running"]
    assert screen.lines[1].split()[-2:] == ["50%", "running"]


def test_plain_lines_say_each_change_once():
    stream = io.StringIO()
    progress = Progress(stream, [("jimeng", "a")], live=False)
    for state, value in [(TaskState.QUEUED, 0.0), (TaskState.RUNNING, None), (TaskState.RUNNING, None)]:
        progress.update(task("a", state, value))
    progress.note("jimeng", "a", task("a", TaskState.RUNNING, 0.4), "timeout")
    progress.note("jimeng", "b", None, "NotFoundError: HTTP 404 from GET /jimeng/fetch/b")
    progress.close()
    assert stream.getvalue().splitlines() == [
        "jimeng a queued 0%",
        "jimeng a running unknown",
        "jimeng a timeout (running 40%)",
        "jimeng b error (NotFoundError)",
    ]


OUTCOMES = [
    ("jimeng", LONG_ID, task(LONG_ID, TaskState.SUCCEEDED, 1.0, url=LONG_URL), None),
    ("openai_videos", "v-2", task("v-2", TaskState.RUNNING, 0.4, family="openai_videos"), "timeout"),
    ("vidu_native", "f-3", task("f-3", TaskState.FAILED, None, error="mock: rejected\n\x1b[2Jnewline"), None),
    ("jimeng", "gone", None, "NotFoundError: HTTP 404 from GET /jimeng/fetch/gone"),
]


def test_the_results_table_says_how_each_wait_ended():
    table = results_table(OUTCOMES).splitlines()
    assert table[0].split() == ["FAMILY", "TASK", "ID", "STATE", "PROGRESS", "RESULT"]
    rows = [line.split(None, 4) for line in table]
    assert rows[1] == ["jimeng", LONG_ID, "succeeded", "100%", LONG_URL]  # nothing limits it: nothing cut
    assert rows[2][:3] == ["openai_videos", "v-2", "timeout"]
    assert "timeout (running 40%)  40%" in table[2]
    assert rows[3] == ["vidu_native", "f-3", "failed", "unknown", "mock: rejected [2Jnewline"]  # no escapes
    assert rows[4][:4] == ["jimeng", "gone", "error", "(NotFoundError)"]
    assert table[4].endswith("-         NotFoundError: HTTP 404 from GET /jimeng/fetch/gone")


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
def test_the_results_table_fits_the_width(columns):
    lines = results_table(OUTCOMES, columns).splitlines()
    assert max(len(line) for line in lines) <= columns
    assert len(lines) == 5  # one line a task: nothing wrapped
    if columns >= 120:  # at 80 the ids come first (test_newcomer): the URL is cut to its first cells
        url = lines[1].split()[-1]
        assert url.startswith("https://cdn.")
        assert url.endswith(".mp4")
        assert "…" in url


def test_importing_the_library_does_not_import_rich():
    # httpx imports its command line (click, pygments, rich) when click is installed, as schemathesis installs
    # it here: click made unimportable, rich can only come from us
    code = (
        "import sys; sys.modules['click'] = None; import videotask, videotask.testing, videotask._display; "
        "print('rich' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout == "False\n"
