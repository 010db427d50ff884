"""`videotask batch BODIES.jsonl --family F --out DIR`: the batch (see `_batch`) as a command.

Progress goes to stderr: on a terminal a bar with the count of lines in each state, redrawn in place (rich),
elsewhere one plain line per change (`line 3 fox vtask-1 running`). Then a summary table on stdout, and
DIR/manifest.jsonl. Exit codes as `wait` has them: 0 every line downloaded, 1 a task failed or was cancelled,
3 a task did not end in time, 4 a line is uncertain, rejected or its task or file kept failing; the highest wins.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
from pathlib import Path
from typing import Any, TextIO

from videotask._journal import Row, State
from videotask._plan import Durations

__all__ = ["add_parser", "durations_option", "exit_code", "run"]

_DESCRIPTION = """\
Creates a task for each line of BODIES.jsonl (a JSON request body per line; an optional "name" key names the
output file DIR/NAME.mp4 and is not sent; the default name is the line number), waits on them and downloads
every success. A journal (SQLite, default DIR/.videotask-batch.db) records each line before its create is sent:
run the same command again after a crash (even kill -9) and no line is sent twice, waits continue and files
still missing are downloaded. A line whose create may have been sent without its answer being recorded is
reported `uncertain` and not sent again unless --resubmit-uncertain (a task may exist, and be billed). Creates
go one at a time; up to --concurrency tasks run at once; each task is polled on a plan from its progress and its
family's usual durations; with --max-rps every request of the batch shares that many requests a second, and a
429 slows all of them. DIR/manifest.jsonl lists every line (line, name, task_id, state, file, error)."""

_CODES = {State.FAILED: 1, State.CANCELLED: 1, State.TIMEOUT: 3, State.UNCERTAIN: 4, State.REJECTED: 4, State.ERROR: 4}


def add_parser(commands: Any, gateway: argparse.ArgumentParser) -> None:
    batch = commands.add_parser(
        "batch", parents=[gateway], help="create, wait on and download a file of request bodies, crash-safe",
        description=_DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    batch.add_argument("bodies", metavar="BODIES.jsonl", help="one JSON request body per line")
    batch.add_argument("--family", required=True, help="the family every line is created on")
    batch.add_argument("--route", default=None, help="the family's submit route (default: its first)")
    batch.add_argument("--out", default=None, metavar="DIR", help="where the files and manifest.jsonl go")
    batch.add_argument("--journal", default=None, metavar="PATH", help="default: DIR/.videotask-batch.db")
    batch.add_argument("--concurrency", type=int, default=50, metavar="N", help="tasks running at once (50)")
    batch.add_argument("--max-rps", type=float, default=None, metavar="L", help="requests a second, all told")
    batch.add_argument("--timeout", type=float, default=3600.0, metavar="S", help="per task, from its create")
    batch.add_argument(
        "--durations", default=None, metavar="SHORTEST:TYPICAL:LONGEST",
        help="seconds the family's tasks take, which polls are planned from (default: specs/timing/durations.yaml)",
    )  # fmt: skip
    batch.add_argument("--resubmit-uncertain", action="store_true", help="send uncertain lines again (may bill)")
    batch.add_argument(
        "--dry-run", action="store_true",
        help="check every line and estimate the cost from the relay's catalog (GET /api/pricing); send no task",
    )  # fmt: skip
    batch.add_argument("--group", default="default", help="the price group of --dry-run's estimate (default)")


def durations_option(text: str | None) -> tuple[float, float] | None:
    """`videotask mock --durations LOW:HIGH` (seconds) -> (low, high); ValueError (a usage error) when bad."""
    if text is None:
        return None
    low, _, high = text.partition(":")
    try:
        found = (float(low), float(high or low))
    except ValueError:
        raise ValueError(f"--durations {text!r}: LOW:HIGH in seconds, such as 20:120") from None
    if not 0 < found[0] <= found[1]:
        raise ValueError(f"--durations {text!r}: 0 < LOW <= HIGH")
    return found


def _expected(text: str | None) -> Durations | None:
    if text is None:
        return None
    try:
        shortest, typical, longest = (float(part) for part in text.split(":"))
        return Durations(shortest, typical, longest)
    except ValueError:
        raise ValueError(f"--durations {text!r}: SHORTEST:TYPICAL:LONGEST seconds, 0 <= each <= the next") from None


def exit_code(states: collections.Counter[str]) -> int:
    return max((_CODES.get(state, 0) for state in states), default=0)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


class _Display:
    """A rich bar on a terminal, plain lines elsewhere."""

    def __init__(self, console: Any, total: int) -> None:
        self.console, self.total = console, total
        self.states: dict[int, str] = {}
        self.live: Any = None
        if _is_terminal(console.err):
            import rich.console
            import rich.progress

            self.live = rich.progress.Progress(
                rich.progress.TextColumn("batch"), rich.progress.BarColumn(), rich.progress.MofNCompleteColumn(),
                rich.progress.TextColumn("{task.description}"), rich.progress.TimeElapsedColumn(),
                console=rich.console.Console(file=console.err), transient=False,
            )  # fmt: skip
            self.bar = self.live.add_task("", total=total)
            self.live.start()

    def change(self, row: Row) -> None:
        self.states[row.line] = row.state
        if self.live is None:
            shown = f" {row.error}" if row.error and row.state not in (State.QUEUED, State.RUNNING) else ""
            self.console.err.write(self.console.scrub(f"line {row.line} {row.name} {row.task_id or '-'} {row.state}"
                                                      f"{shown}") + "\n")  # fmt: skip
            self.console.err.flush()
            return
        counts = collections.Counter(self.states.values())
        done = sum(counts[state] for state in (State.DOWNLOADED, State.FAILED, State.CANCELLED, State.UNCERTAIN,
                                                State.REJECTED, State.ERROR, State.TIMEOUT))  # fmt: skip
        text = ", ".join(f"{n} {state}" for state, n in sorted(counts.items()))
        self.live.update(self.bar, completed=done, description=self.console.scrub(text))

    def close(self) -> None:
        if self.live is not None:
            self.live.stop()


def _summary(rows: list[Row]) -> str:
    counts = collections.Counter(row.state for row in rows)
    lines = ["STATE        LINES"] + [f"{state:<12} {n:>5}" for state, n in sorted(counts.items())]
    troubles = [row for row in rows if row.state != State.DOWNLOADED]
    if troubles:
        lines += ["", "LINE   NAME                 TASK ID                  STATE       ERROR"]
        for row in troubles:
            error = (row.error or "-").replace("\n", " ")[:100]
            lines.append(f"{row.line:<6} {row.name[:20]:<20} {(row.task_id or '-')[:24]:<24} {row.state:<11} {error}")
    return "\n".join(lines)


def _dry_run(args: argparse.Namespace, text: str, console: Any) -> int:
    """Lines checked, tasks counted and priced; the catalog is the only thing asked for (none: "unknown")."""
    from videotask._dryrun import estimate_batch, estimate_text
    from videotask._relaycatalog import CatalogClosed, fetch_catalog

    try:
        catalog = fetch_catalog(args.base_url, args.api_key, args.request_timeout or 30.0)
    except (CatalogClosed, ValueError) as exc:  # closed, or no base URL: the cost is unknown, the check still runs
        console.err.write(console.scrub(f"no catalog: {exc}") + "\n")
        catalog = None
    estimate = estimate_batch(args.family, text.splitlines(), route=args.route, catalog=catalog, group=args.group)
    console.print(estimate_text(estimate))
    return 0


def run(args: argparse.Namespace, console: Any) -> int:
    from videotask._batch import JOURNAL_NAME, MANIFEST_NAME, read_lines, run_batch
    from videotask._families import family as resolve_family
    from videotask._gateway import AsyncGateway
    from videotask._journal import Journal

    resolve_family(args.family).submit(args.route)  # an unknown route is a usage error before anything is sent
    if args.concurrency < 1:
        raise ValueError("--concurrency must be 1 or more")
    if args.max_rps is not None and not args.max_rps > 0:
        raise ValueError("--max-rps must be above 0")
    try:
        text = Path(args.bodies).read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"cannot read {args.bodies}: {exc.strerror or exc}") from None
    lines = read_lines(text.splitlines())
    if not lines:
        raise ValueError(f"{args.bodies} holds no request body")
    if args.dry_run:
        return _dry_run(args, text, console)
    if args.out is None:
        raise ValueError("--out DIR is required (but for --dry-run)")
    out = Path(args.out)
    expected = _expected(args.durations)
    display = _Display(console, len(lines))
    gateway = AsyncGateway(args.base_url, args.api_key, timeout=args.request_timeout, relay=args.relay,
                           max_rps=args.max_rps)  # fmt: skip

    async def main() -> None:
        async with gateway:
            async for _ in run_batch(
                gateway, args.family, text.splitlines(), out, route=args.route, journal=args.journal,
                concurrency=args.concurrency, resubmit_uncertain=args.resubmit_uncertain, timeout=args.timeout,
                expected=expected, on_change=display.change,
            ):  # fmt: skip
                pass

    try:
        asyncio.run(main())
    finally:
        display.close()
    with Journal(args.journal or out / JOURNAL_NAME) as journal:
        rows = journal.rows({line.line for line in lines})
    console.print(_summary(rows))
    console.err.write(f"manifest: {out / MANIFEST_NAME}\n")
    return exit_code(collections.Counter(row.state for row in rows))
