"""What the `videotask` command shows: a live progress block on a terminal, plain lines elsewhere, a table.

Pure formatting plus one writer; the command decides where the output goes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from adapters._task import TaskState, VideoTask
from adapters._validation import Violation

__all__ = ["Outcome", "Progress", "Writer", "format_task", "percent", "results_table", "violation_report"]

_BAR = 20
_LIVE_ROWS = 20  # more tasks than this: one summary line instead of a row each
_RESULT_WIDTH = 72  # the table clips long URLs; --json prints them whole


class Writer(Protocol):
    def write(self, text: str, /) -> object: ...
    def flush(self) -> object: ...


Outcome = tuple[str, str, VideoTask | None, str | None]  # family, task id, last task seen, what went wrong


def percent(task: VideoTask | None) -> str:
    return "-" if task is None or task.progress is None else f"{round(task.progress * 100)}%"


def format_task(task: VideoTask) -> str:
    """The unified task as aligned `name  value` lines (the `get` command's human output)."""
    state = task.state.value + (f" ({task.raw_status})" if task.raw_status is not None else "")
    rows = [
        ("family", task.family),
        ("task_id", task.task_id),
        ("state", state),
        ("progress", percent(task)),
        ("video_url", task.video_url or "-"),
        ("error", task.error or "-"),
        ("created_at", task.created_at.isoformat() if task.created_at else "-"),
        ("finished_at", task.finished_at.isoformat() if task.finished_at else "-"),
        ("expires_at", task.expires_at.isoformat() if task.expires_at else "-"),
    ]
    return "\n".join(f"{name:<12}{value}" for name, value in rows)


def _row(family: str, task_id: str, task: VideoTask | None, note: str | None) -> str:
    state = note or ("waiting" if task is None else task.state.value)
    progress = task.progress if task is not None and task.progress is not None else 0.0
    filled = round(progress * _BAR)
    return f"{family:<18} {task_id[:28]:<28} {'█' * filled}{'░' * (_BAR - filled)} {percent(task):>5}  {state}"


class Progress:
    """Shows each task's progress: redrawn in place on a terminal (`live`), one line per change otherwise."""

    def __init__(
        self, stream: Writer, keys: Sequence[tuple[str, str]], *, live: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:  # fmt: skip
        self.stream, self.live, self.clock = stream, live, clock
        self.rows: dict[tuple[str, str], tuple[VideoTask | None, str | None]] = dict.fromkeys(keys, (None, None))
        self.drawn = 0
        self.last_draw = 0.0
        if live:
            self._draw()

    def update(self, task: VideoTask) -> None:
        key = (task.family, task.task_id)
        self.rows[key] = (task, None)
        if self.live:
            if task.is_terminal or self.clock() - self.last_draw >= 0.1:
                self._draw()
        else:
            self.stream.write(f"{task.family} {task.task_id} {task.state.value} {percent(task)}\n")
            self.stream.flush()

    def note(self, family: str, task_id: str, task: VideoTask | None, text: str) -> None:
        """A task that ended without a terminal state (timeout, error)."""
        self.rows[family, task_id] = (task, text)
        if self.live:
            self._draw()
        else:
            self.stream.write(f"{family} {task_id} {text}\n")
            self.stream.flush()

    def close(self) -> None:
        if self.live:
            self._draw()

    def _lines(self) -> list[str]:
        if len(self.rows) <= _LIVE_ROWS:
            return [_row(family, task_id, *seen) for (family, task_id), seen in self.rows.items()]
        counts: dict[str, int] = {}
        for task, note in self.rows.values():
            label = note or ("waiting" if task is None else task.state.value)
            counts[label] = counts.get(label, 0) + 1
        done = sum(1 for task, note in self.rows.values() if note or (task is not None and task.is_terminal))
        summary = ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))
        return [f"{done}/{len(self.rows)} finished: {summary}"]

    def _draw(self) -> None:
        lines = self._lines()
        up = f"\x1b[{self.drawn}F" if self.drawn else ""
        self.stream.write(up + "".join(f"\x1b[2K{line}\n" for line in lines))
        self.stream.flush()
        self.drawn = len(lines)
        self.last_draw = self.clock()


def _compact(value: Any, width: int = 160) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    return _clip(text, width)


def violation_report(where: str, family: str, status: int, violations: Sequence[Violation]) -> str:
    """Each violation with its JSON path, what the schema expected there and the value found."""
    lines = [f"{where}: {len(violations)} violation(s) of the {family} spec (HTTP {status} response)"]
    for violation in violations:
        lines.append(f"  {violation}")
        if violation.schema is not None:
            lines.append(f"    expected: {_compact(violation.schema)}")
        if violation.value is not None:
            lines.append(f"    value:    {_compact(violation.value)}")
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def results_table(outcomes: Sequence[Outcome]) -> str:
    """One row per task: where it ended and its video URL or what went wrong."""
    header = ("FAMILY", "TASK ID", "STATE", "PROGRESS", "RESULT")
    rows = [header]
    for family, task_id, task, problem in outcomes:
        state = problem or (task.state.value if task else "-")
        if task is not None and task.state is TaskState.SUCCEEDED:
            result = task.video_url or "-"
        else:
            result = (task.error if task else None) or problem or "-"
        rows.append((family, task_id, state, percent(task), _clip(result, _RESULT_WIDTH)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4] for row in rows)
