"""A batch's journal: one SQLite file (standard library, WAL, every commit synced) that outlives the process.

It holds each line's intent before its POST goes out, the task id as soon as it is known, every state change
and each download, so a batch run again after any crash (SIGKILL included) sends no line twice. A line found
`submitting` when the journal is opened was being sent when the process stopped: its POST may have made (and
billed) a task whose id was never recorded, so it becomes `uncertain` and is not sent again unless asked.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

from attrs import frozen

__all__ = ["FINAL", "RESUMABLE", "Journal", "Line", "Row", "State"]


class State:
    """A line's state in the journal (plain strings: they are what the file and the manifest hold)."""

    PENDING = "pending"  # nothing sent
    SUBMITTING = "submitting"  # its POST is (or may be) on its way
    UNCERTAIN = "uncertain"  # its POST may have made a task whose id was never learned: not resent
    REJECTED = "rejected"  # the create made nothing (a bad body, refused): sent again on a rerun
    QUEUED, RUNNING, UNKNOWN = "queued", "running", "unknown"  # a task that has not ended
    SUCCEEDED = "succeeded"  # ended well, its file not saved yet
    DOWNLOADED = "downloaded"  # ended well, its file saved whole
    FAILED, CANCELLED = "failed", "cancelled"
    TIMEOUT = "timeout"  # not ended within the batch's timeout: waited on again on a rerun
    ERROR = "error"  # the gateway kept failing for this task (or its file): waited on again on a rerun


FINAL = frozenset({State.DOWNLOADED, State.FAILED, State.CANCELLED, State.UNCERTAIN})  # a rerun leaves these
RESUMABLE = frozenset({State.QUEUED, State.RUNNING, State.UNKNOWN, State.SUCCEEDED, State.TIMEOUT, State.ERROR})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lines (
    line INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, body TEXT NOT NULL, state TEXT NOT NULL,
    task_id TEXT, route TEXT, created REAL, error TEXT, file TEXT, size INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, line INTEGER NOT NULL, at REAL NOT NULL, state TEXT NOT NULL, detail TEXT
);
"""


@frozen
class Line:
    """One line of the batch's input: its number in the file, the name of its output, the body to send."""

    line: int
    name: str
    body: str  # the JSON text of the body as it will be sent (the line without its "name")


@frozen
class Row:
    """A line as the journal holds it."""

    line: int
    name: str
    body: str
    state: str
    task_id: str | None
    route: str | None
    created: float | None  # when its task was created (wall clock, unix seconds)
    error: str | None
    file: str | None
    size: int | None

    def manifest(self) -> dict[str, object]:
        return {
            "line": self.line, "name": self.name, "task_id": self.task_id, "state": self.state,
            "file": self.file, "error": self.error,
        }  # fmt: skip


class Journal:
    """The journal at `path` (made when missing). `clock` stamps the events (wall clock seconds)."""

    def __init__(self, path: str | Path, clock: Callable[[], float] = time.time) -> None:
        self.path, self._clock = Path(path), clock
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None)  # autocommit: each write is its transaction
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a commit is on disk before the POST it announces leaves
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self, family: str, route: str | None, lines: Sequence[Line], resubmit_uncertain: bool = False) -> None:
        """Bind the journal to this batch (a journal of another family, route or file is refused with ValueError),
        add lines it does not hold yet, and turn lines caught mid-POST by a crash into `uncertain` ones."""
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            for key, value in (("family", family), ("route", route or "")):
                self._db.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)", (key, value))
                held = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0]
                if held != value:
                    raise ValueError(f"journal {self.path} is for {key} {held or '(default)'!r}, not {value!r}")
            known = {row[0]: row[1:] for row in self._db.execute("SELECT line, name, body FROM lines")}
            for line in lines:
                found = known.get(line.line)
                if found is None:
                    self._db.execute(
                        "INSERT INTO lines (line, name, body, state) VALUES (?, ?, ?, ?)",
                        (line.line, line.name, line.body, State.PENDING),
                    )
                elif found != (line.name, line.body):
                    raise ValueError(f"journal {self.path} holds another line {line.line}: it is another batch's")
            now = self._clock()
            for (number,) in self._db.execute("SELECT line FROM lines WHERE state = ?", (State.SUBMITTING,)).fetchall():
                detail = "the process stopped while its create was being sent: a task may exist (and be billed)"
                self._set(number, State.UNCERTAIN, now, error=detail)
            if resubmit_uncertain:
                for (number,) in self._db.execute(
                    "SELECT line FROM lines WHERE state = ?", (State.UNCERTAIN,)
                ).fetchall():
                    self._set(number, State.PENDING, now, error=None, detail="sent again (--resubmit-uncertain)")

    def rows(self, only: Collection[int] | None = None) -> list[Row]:
        """Every line the journal holds, or those numbered in `only` (a rerun's file may have dropped some)."""
        query = "SELECT line, name, body, state, task_id, route, created, error, file, size FROM lines ORDER BY line"
        return [Row(*row) for row in self._db.execute(query) if only is None or row[0] in only]

    def row(self, line: int) -> Row:
        query = "SELECT line, name, body, state, task_id, route, created, error, file, size FROM lines WHERE line = ?"
        return Row(*self._db.execute(query, (line,)).fetchone())

    def events(self, line: int | None = None) -> list[tuple[int, float, str, str | None]]:
        """(line, at, state, detail) in order, of one line or all."""
        if line is None:
            return list(self._db.execute("SELECT line, at, state, detail FROM events ORDER BY id"))
        return list(self._db.execute("SELECT line, at, state, detail FROM events WHERE line = ? ORDER BY id", (line,)))

    def _set(self, line: int, state: str, now: float, *, detail: str | None = None, **columns: object) -> None:
        names = ", ".join(f"{name} = ?" for name in ("state", *columns))
        self._db.execute(f"UPDATE lines SET {names} WHERE line = ?", (state, *columns.values(), line))
        self._db.execute(
            "INSERT INTO events (line, at, state, detail) VALUES (?, ?, ?, ?)",
            (line, now, state, detail if detail is not None else columns.get("error")),
        )

    def _write(self, line: int, state: str, *, detail: str | None = None, **columns: object) -> None:
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._set(line, state, self._clock(), detail=detail, **columns)

    def intent(self, line: int) -> None:
        """Before the POST: from here until `submitted`, a crash leaves the line uncertain."""
        self._write(line, State.SUBMITTING, error=None)

    def submitted(self, line: int, task_id: str, route: str | None, state: str) -> None:
        self._write(line, state, task_id=task_id, route=route, created=self._clock(), detail=task_id)

    def state(self, line: int, state: str, error: str | None = None, detail: str | None = None) -> None:
        self._write(line, state, error=error, detail=detail)

    def downloaded(self, line: int, file: str, size: int) -> None:
        self._write(line, State.DOWNLOADED, file=file, size=size, error=None, detail=f"{file} ({size} bytes)")

    def manifest(self, path: str | Path, rows: Iterable[Row] | None = None) -> Path:
        """Write manifest.jsonl (one JSON object a line: line, name, task_id, state, file, error) whole, by a
        temporary file renamed into place."""
        target = Path(path)
        part = target.with_name(f".{target.name}.part")
        with part.open("w", encoding="utf-8") as out:
            for row in self.rows() if rows is None else rows:
                out.write(json.dumps(row.manifest(), ensure_ascii=False) + "\n")
        part.replace(target)
        return target
