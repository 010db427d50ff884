"""What the `videotask` command shows: a live progress table on a terminal, plain lines elsewhere, a results table.

The terminal output is rich's (Live, Table, ProgressBar), imported only here and only when something is drawn,
so `import videotask` stays cheap. Every line is cut to the terminal's width: a line that wraps would throw off
the in-place redraw and repeat rows. Ids and URLs are cut in the middle, where they say the least.
"""

from __future__ import annotations

import io
import json
import os
import re
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol

import attrs

from videotask._task import TaskState, VideoTask
from videotask._validation import Violation

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.live import Live

__all__ = [
    "Outcome",
    "Progress",
    "Transfers",
    "Writer",
    "ending",
    "format_task",
    "middle",
    "percent",
    "results_table",
    "terminal_size",
    "violation_report",
]

_BAR = 20  # the widest a progress bar gets
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")  # a gateway's text must not move the cursor or recolour the screen
_UNLIMITED = 10_000  # the results table's width when nothing limits it (a pipe): nothing is cut
# a download line's cells besides its label and bar: "2.1/2.1 MB" (up to 19), the speed (up to 12), 3 gaps
_TRANSFER_FIXED = 19 + 12 + 3


class Writer(Protocol):
    def write(self, text: str, /) -> object: ...
    def flush(self) -> object: ...


Outcome = tuple[str, str, VideoTask | None, str | None]  # family, task id, last task seen, what went wrong


def terminal_size(fd: int | None) -> tuple[int, int] | None:
    """(columns, lines): $COLUMNS/$LINES when set, else the terminal's on `fd`; None when neither says."""
    columns, lines = os.environ.get("COLUMNS", ""), os.environ.get("LINES", "")
    try:
        size = os.get_terminal_size(fd) if fd is not None else None
    except (OSError, ValueError):
        size = None
    width = int(columns) if columns.isdigit() and int(columns) > 0 else (size.columns if size else None)
    height = int(lines) if lines.isdigit() and int(lines) > 0 else (size.lines if size else 24)
    return None if width is None else (width, height)


def percent(task: VideoTask | None) -> str:
    """ "45%"; "unknown" when the family does not report progress; "-" before the first answer."""
    if task is None:
        return "-"
    return "unknown" if task.progress is None else f"{round(task.progress * 100)}%"


def ending(task: VideoTask | None, problem: str | None) -> str:
    """The state column: the task's state, or how the wait ended and the last state seen before it."""
    if problem is None:
        return "waiting" if task is None else task.state.value
    if problem != "timeout":  # "NotFoundError: HTTP 404 ...": the error's name; the results table has the rest
        return f"error ({problem.split(':', 1)[0]})"
    if task is None:
        return "timeout (no answer)"
    return f"timeout ({task.state.value}{'' if task.progress is None else ' ' + percent(task)})"


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
    return "\n".join(f"{name:<12}{_CONTROL.sub(' ', value)}" for name, value in rows)


def middle(text: str, width: int) -> str:
    """`text` in at most `width` terminal cells, cut in the middle: `https://cdn.exa…/video.mp4`."""
    from rich.cells import cell_len, set_cell_size  # rich when drawing only (see the top)

    if cell_len(text) <= width:
        return text
    if width <= 1:
        return "…"[:width]
    tail = (width - 1) * 2 // 5  # the end of an id or URL (its file name) says more than its middle
    head = width - 1 - tail
    return set_cell_size(text, head) + "…" + (set_cell_size(text[::-1], tail)[::-1] if tail else "")


@attrs.frozen
class _Cell:
    """A table cell on one line: `text` cut in the middle (ids, URLs) or at its end (prose), or a progress bar."""

    text: str
    cut: Literal["middle", "end", "bar"] = "end"
    progress: float = 0.0

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.progress_bar import ProgressBar  # rich when drawing only (see the top)
        from rich.text import Text

        width = options.max_width
        if self.cut == "bar":
            yield ProgressBar(total=1.0, completed=self.progress, width=width)
        elif self.cut == "middle":
            yield Text(middle(self.text, width), no_wrap=True, overflow="crop", end="")
        else:
            yield Text(self.text, no_wrap=True, overflow="ellipsis", end="")

    def width(self) -> int:
        from rich.cells import cell_len  # rich when drawing only (see the top)

        return _BAR if self.cut == "bar" else cell_len(self.text)


def _text(text: str, cut: Literal["middle", "end"] = "end") -> _Cell:
    return _Cell(_CONTROL.sub(" ", text), cut)


def _progress_cells(task: VideoTask | None) -> tuple[_Cell, _Cell]:
    """A bar and its percentage; the word "unknown" (not an empty bar) when the family reports no progress."""
    if task is None or task.progress is None:
        return _text("" if task is None else "unknown"), _text("")
    return _Cell("", "bar", task.progress), _text(percent(task))


def _fit(natural: Sequence[int], available: int, cuts: Sequence[tuple[int, int]]) -> list[int]:
    """Column widths within `available` cells: each (column, floor) of `cuts` in turn gives up what it can, then
    the widest column gives up a cell at a time."""
    widths = list(natural)
    for column, floor in cuts:
        excess = sum(widths) - available
        if excess <= 0:
            return widths
        widths[column] = max(min(floor, widths[column]), widths[column] - excess)
    while sum(widths) > available and max(widths) > 1:
        widths[widths.index(max(widths))] -= 1
    return widths


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[_Cell]], width: int, cuts: Sequence[tuple[int, int]],
    scrub: Callable[[str], str],
) -> Any:  # fmt: skip
    """A borderless table no wider than `width`: the columns named in `cuts` shrink first, in that order."""
    from rich.table import Table  # rich when drawing only (see the top)

    rows = [[attrs.evolve(cell, text=scrub(cell.text)) for cell in row] for row in rows]
    cells = [[_text(name) for name in headers] if any(headers) else [], *rows]
    natural = [max(row[i].width() for row in cells if row) for i in range(len(headers))]
    gaps = 2 * (len(headers) - 1)
    widths = _fit(natural, max(width - gaps, len(headers)), cuts)
    table = Table(box=None, show_header=any(headers), pad_edge=False, padding=(0, 1), show_edge=False)
    for header, column_width in zip(headers, widths, strict=True):
        table.add_column(_text(header), width=column_width, no_wrap=True)
    for row in rows:
        table.add_row(*row)
    return table


class Progress:
    """Each task's progress: a table redrawn in place on a terminal (`live`), one line per change otherwise.

    `size` gives the terminal's (columns, lines), asked before each redraw so a resized window still fits;
    `scrub` takes the key out of every text before it is laid out (a scrubbed line must not grow past the width).
    """

    def __init__(
        self, stream: Writer, keys: Sequence[tuple[str, str]], *, live: bool,
        size: Callable[[], tuple[int, int]] = lambda: (80, 24), clock: Callable[[], float] = time.monotonic,
        scrub: Callable[[str], str] = str,
    ) -> None:  # fmt: skip
        self.stream, self.live, self.size, self.clock, self.scrub = stream, live, size, clock, scrub
        self.rows: dict[tuple[str, str], tuple[VideoTask | None, str | None]] = dict.fromkeys(keys, (None, None))
        self.said: dict[tuple[str, str], str] = {}
        self.last_draw = 0.0
        self._live: Live | None = None
        if live:
            self._start()

    def update(self, task: VideoTask) -> None:
        key = (task.family, task.task_id)
        self.rows[key] = (task, None)
        if self._live is not None:
            if task.is_terminal or self.clock() - self.last_draw >= 0.1:
                self._draw()
        elif not self.live:
            self._say(key, f"{task.state.value} {percent(task)}")

    def note(self, family: str, task_id: str, task: VideoTask | None, problem: str) -> None:
        """A task that ended without a terminal state: `problem` is "timeout" or the error ("Name: message")."""
        self.rows[family, task_id] = (task, problem)
        if self._live is not None:
            self._draw()
        elif not self.live:
            self._say((family, task_id), ending(task, problem))

    def close(self) -> None:
        if self._live is not None:
            self._draw()
            self._live.stop()
            self._live = None

    def _say(self, key: tuple[str, str], text: str) -> None:
        if self.said.get(key) != text:  # one line per change, not per poll
            self.said[key] = text
            self.stream.write(_CONTROL.sub(" ", f"{key[0]} {key[1]} {text}") + "\n")
            self.stream.flush()

    def _start(self) -> None:
        from rich.console import Console  # rich when drawing only (see the top)
        from rich.live import Live

        width, height = self.size()
        console = Console(
            file=self.stream,  # type: ignore[arg-type]  # write and flush are all rich uses
            force_terminal=True, width=width, height=height, highlight=False, markup=False, emoji=False,
            soft_wrap=False, legacy_windows=False,
        )  # fmt: skip
        self._live = Live(
            self._renderable(height), console=console, auto_refresh=False, redirect_stdout=False,
            redirect_stderr=False, vertical_overflow="crop",
        )  # fmt: skip
        self._live.start(refresh=True)
        self.last_draw = self.clock()

    def _draw(self) -> None:
        assert self._live is not None
        width, height = self.size()
        self._live.console.size = (width, height)
        self._live.update(self._renderable(height), refresh=True)
        self.last_draw = self.clock()

    def _renderable(self, height: int) -> Any:
        if len(self.rows) >= height:  # more rows than lines: a row each would scroll off and break the redraw
            counts: dict[str, int] = {}
            for task, problem in self.rows.values():
                label = ending(task, problem).split(" ")[0]
                counts[label] = counts.get(label, 0) + 1
            done = sum(1 for task, problem in self.rows.values() if problem or (task is not None and task.is_terminal))
            summary = ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))
            return _text(f"{done}/{len(self.rows)} finished: {summary}")
        rows = [
            [_text(family), _text(task_id, "middle"), *_progress_cells(task), _text(ending(task, problem))]
            for (family, task_id), (task, problem) in self.rows.items()
        ]
        # the bar gives way first, then the id, the state; then the widest column
        return _table(("",) * 5, rows, self.size()[0], [(2, 6), (1, 12), (4, 10)], self.scrub)


def _compact(value: Any, width: int = 160) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


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


def results_table(outcomes: Sequence[Outcome], width: int | None = None, scrub: Callable[[str], str] = str) -> str:
    """One row per task: where it ended and its video URL or what went wrong, in `width` columns (None: as
    wide as it needs; `--json` prints URLs whole whatever the width); `scrub` as for Progress."""
    from rich.console import Console  # rich when drawing only (see the top)

    rows = []
    for family, task_id, task, problem in outcomes:
        if task is not None and task.state is TaskState.SUCCEEDED and problem is None:
            result = _text(task.video_url or "-", "middle")
        elif problem is not None and problem != "timeout":
            result = _text(problem)
        else:
            result = _text((task.error if task else None) or "-")
        rows.append([_text(family), _text(task_id, "middle"), _text(ending(task, problem)),
                     _text(percent(task)), result])  # fmt: skip
    width = width or _UNLIMITED
    # the result gives way first (--json has it whole), to 16 cells, so at 80 columns an id stays as whole as in
    # the progress table; then the id, the state; then the widest column. A family name is cut at its end.
    headers = ("FAMILY", "TASK ID", "STATE", "PROGRESS", "RESULT")
    table = _table(headers, rows, width, [(4, 16), (1, 12), (2, 10)], scrub)
    out = io.StringIO()
    console = Console(
        file=out, width=width, color_system=None, force_terminal=False, highlight=False,
        markup=False, emoji=False, soft_wrap=False, legacy_windows=False,
    )  # fmt: skip
    console.print(table, crop=True)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines())


class Transfers:
    """Downloads' progress: rich bars redrawn in place on a terminal (`live`), else a plain line per quarter."""

    def __init__(self, stream: Writer, *, live: bool, size: Callable[[], tuple[int, int]] = lambda: (80, 24)) -> None:
        self.stream, self.live = stream, live
        self.quarters: dict[str, int] = {}
        self.label_width = _UNLIMITED
        self.ids: dict[str, Any] = {}
        self._bars: Any = None
        if live:
            from rich.console import Console  # rich when drawing only (see the top)
            from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

            width, height = size()
            console = Console(
                file=stream,  # type: ignore[arg-type]  # write and flush are all rich uses
                force_terminal=True, width=width, height=height, highlight=False, markup=False, emoji=False,
            )  # fmt: skip
            # one line a download whatever the width: the bar and the label give way, the byte counts do not
            self.label_width = max(8, width - _TRANSFER_FIXED - min(_BAR, max(4, width // 5)))
            bar = BarColumn(bar_width=min(_BAR, max(4, width // 5)))
            columns = (TextColumn("{task.description}"), bar, DownloadColumn(), TransferSpeedColumn())
            self._bars = Progress(*columns, console=console, auto_refresh=False)
            self._bars.start()

    def update(self, label: str, done: int, total: int | None) -> None:
        label = _CONTROL.sub(" ", label)
        if self._bars is not None:
            if label not in self.ids:
                self.ids[label] = self._bars.add_task(middle(label, self.label_width), total=total)
            self._bars.update(self.ids[label], completed=done, total=total)
            self._bars.refresh()
            return
        quarter = 4 * done // total if total else 0
        if self.quarters.get(label, -1) < quarter:
            self.quarters[label] = quarter
            size = f" of {total:,}" if total else ""
            self.stream.write(f"{label} downloading {done:,}{size} bytes ({25 * quarter}%)\n")
            self.stream.flush()

    def saved(self, label: str, path: str, size: int) -> None:
        if self._bars is None:
            self.stream.write(_CONTROL.sub(" ", f"{label} saved {path} ({size:,} bytes)") + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self._bars is not None:
            self._bars.refresh()
            self._bars.stop()
            self._bars = None
