"""The journal: intent before the POST, a crash between the two leaves the line uncertain, another batch's
journal is refused."""

from __future__ import annotations

import sqlite3

import pytest

from videotask._journal import Journal, Line, State

LINES = [Line(1, "a", '{"prompt": "a"}'), Line(2, "b", '{"prompt": "b"}')]


def test_a_line_caught_mid_post_becomes_uncertain_when_reopened(tmp_path):
    path = tmp_path / "j.db"
    with Journal(path, clock=lambda: 100.0) as journal:
        journal.start("kling", None, LINES)
        journal.intent(1)
        journal.intent(2)
        journal.submitted(2, "task-2", "text2video", "queued")
        # the process dies here: no close, nothing else written
    with Journal(path, clock=lambda: 200.0) as journal:
        journal.start("kling", None, LINES)
        one, two = journal.rows()
        assert (one.state, one.task_id) == (State.UNCERTAIN, None)
        assert "may exist" in (one.error or "")
        assert (two.state, two.task_id, two.route, two.created) == ("queued", "task-2", "text2video", 100.0)
        assert [(state, at) for _, at, state, _ in journal.events(1)] == [
            ("submitting", 100.0), ("uncertain", 200.0),
        ]  # fmt: skip


def test_resubmit_uncertain_makes_them_pending_again(tmp_path):
    path = tmp_path / "j.db"
    with Journal(path) as journal:
        journal.start("kling", None, LINES)
        journal.intent(1)
    with Journal(path) as journal:
        journal.start("kling", None, LINES, resubmit_uncertain=True)
        assert [row.state for row in journal.rows()] == [State.PENDING, State.PENDING]


def test_a_journal_of_another_batch_is_refused(tmp_path):
    path = tmp_path / "j.db"
    with Journal(path) as journal:
        journal.start("kling", None, LINES)
    with Journal(path) as journal, pytest.raises(ValueError, match="family 'kling'"):
        journal.start("jimeng", None, LINES)
    with Journal(path) as journal, pytest.raises(ValueError, match="another batch"):
        journal.start("kling", None, [Line(1, "a", '{"prompt": "changed"}')])


def test_it_is_a_wal_sqlite_file_other_tools_can_read(tmp_path):
    path = tmp_path / "j.db"
    with Journal(path) as journal:
        journal.start("kling", None, LINES)
        journal.submitted(1, "t1", None, "queued")
        journal.downloaded(1, "out/a.mp4", 4096)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("SELECT state, file, size FROM lines WHERE line = 1").fetchone() == (
        "downloaded",
        "out/a.mp4",
        4096,
    )


def test_the_manifest_lists_every_line(tmp_path):
    with Journal(tmp_path / "j.db") as journal:
        journal.start("kling", None, LINES)
        journal.state(2, State.FAILED, error="blocked")
        written = journal.manifest(tmp_path / "manifest.jsonl")
    assert written.read_text().splitlines() == [
        '{"line": 1, "name": "a", "task_id": null, "state": "pending", "file": null, "error": null}',
        '{"line": 2, "name": "b", "task_id": null, "state": "failed", "file": null, "error": "blocked"}',
    ]
