"""The `videotask` command: create, get, wait, download, validate, record, contract, mock, demo, sample-body,
batch, discover and relays.

Exit codes: 0 all went well (every task succeeded, every file valid; `record --errors` saved an error answer);
1 a task failed or was cancelled, or a file broke its spec; 2 usage or configuration error (no base URL or no
key, a create body that breaks the spec included); 3 a wait timed out; 4 the gateway or the network failed (a
create that may have reached the gateway included); 130 interrupted (Ctrl-C). When waits end in several ways
the highest code wins. Errors are one line on stderr, never a traceback, and never contain the API key.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import contextvars
import glob
import json
import math
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from videotask._batchcli import add_parser as batch_parser
from videotask._batchcli import durations_option
from videotask._batchcli import run as batch_command
from videotask._discovercli import add_parser as discover_parser
from videotask._discovercli import run as discover_command
from videotask._display import (
    Outcome,
    Progress,
    Transfers,
    format_task,
    results_table,
    terminal_size,
    violation_report,
)
from videotask._errors import (
    APIStatusError,
    GatewayError,
    InvalidRequest,
    InvalidTaskId,
    SubmitUncertain,
    UnknownFamily,
    UnknownRoute,
    WaitTimeout,
)
from videotask._families import families
from videotask._families import family as resolve_family
from videotask._gateway import AsyncGateway, Gateway
from videotask._http import build_request, scrub_secret
from videotask._task import TaskState, VideoTask

__all__ = ["EXIT_ERROR", "EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_TIMEOUT", "EXIT_USAGE", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TIMEOUT, EXIT_ERROR = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C


class _Console:
    """stdout and stderr with the API key scrubbed from everything written."""

    def __init__(self, out: TextIO, err: TextIO, secret: str | None) -> None:
        self.out, self.err, self.secret = out, err, secret

    def scrub(self, text: str) -> str:
        return scrub_secret(text, self.secret)

    def print(self, text: str) -> None:
        self.out.write(self.scrub(text) + "\n")
        self.out.flush()

    def error(self, text: str) -> None:
        self.err.write(self.scrub(f"videotask: error: {text}") + "\n")
        self.err.flush()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, like every other error; argparse echoes arguments, so the key is scrubbed from it."""
        line = f"videotask: error: {message} (see {self.prog} --help)\n"
        self.exit(EXIT_USAGE, _Console(sys.stdout, sys.stderr, _argv_key()).scrub(line))


_ARGV: contextvars.ContextVar[Sequence[str]] = contextvars.ContextVar("videotask_cli_argv", default=())


def _argv_key() -> str | None:
    """The key given on the command line `main` parses (not necessarily sys.argv: main(argv) is a library call)."""
    argv = _ARGV.get()
    for i, arg in enumerate(argv):
        if arg == "--api-key" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--api-key="):
            return arg.split("=", 1)[1]
    return os.environ.get("VIDEOTASK_API_KEY") or None


_POLLING = """\
polling: each task is polled every --interval seconds when given; else on its poll plan (the README's
"Polls planned from the task"): a task made elsewhere is polled at once, then half-way to the end its
progress predicts (the family's typical duration in specs/timing/durations.yaml while it reports
none), just after the end two progress readings predict, and every 8% of the time watched once that
end is near or past (at least 1 s, at most 5 min); never sooner than the gateway's Retry-After or
openai-poll-after-ms hint (counted as at most 60 s); never past --timeout, with a last poll at it. A
failed request (408, 409, 429, 5xx, a body that is not JSON, a network fault) is retried up to 2
times, after 0.5 s, 1 s, 2 s ... at most 8 s, each less up to half by jitter, or after the server's
Retry-After.
"""


def _parser() -> argparse.ArgumentParser:
    from videotask.testing import FAULTS

    parser = _Parser(prog="videotask", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    gateway = _Parser(add_help=False)
    gateway.add_argument("--base-url", help="the gateway (default: $VIDEOTASK_BASE_URL)")
    gateway.add_argument("--api-key", help="the bearer key (default: $VIDEOTASK_API_KEY)")
    gateway.add_argument("--request-timeout", type=float, default=None, metavar="S", help="per request (default 30)")
    gateway.add_argument(
        "--relay", default=None, metavar="NAME|FILE", help="your relay's routes: a shipped relay or a relay file "
        "(default: $VIDEOTASK_RELAY, else each family's own routes; `videotask relays` lists them)"
    )  # fmt: skip

    get = commands.add_parser("get", parents=[gateway], help="print a task as the unified VideoTask")
    get.add_argument("family")
    get.add_argument("task_id")
    get.add_argument("--json", action="store_true", help="print JSON, with the raw body")
    get.add_argument("--route", default=None, help="one of the family's query routes (default: its first)")

    wait = commands.add_parser(
        "wait",
        parents=[gateway],
        help="wait for tasks to finish, showing progress",
        description="Polls every task until it ends, showing progress on stderr (redrawn in place on a terminal, "
        "a line per change otherwise), then prints a table (or JSON lines) on stdout.",
        epilog=_POLLING,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    wait.add_argument("family")
    wait.add_argument("task_ids", nargs="+", metavar="task_id")
    wait.add_argument("--timeout", type=float, default=600.0, metavar="S", help="give up after S seconds (600)")
    wait.add_argument("--interval", type=float, default=None, metavar="S", help="seconds between polls (below)")
    wait.add_argument("--json", action="store_true", help="print each final task as a JSON line")
    wait.add_argument("--route", default=None, help="one of the family's query routes (default: its first)")

    create = commands.add_parser(
        "create",
        parents=[gateway],
        help="submit a generation; optionally wait for it and download the result",
        description="POSTs BODY to the family's submit route once it has been checked against the spec (a body "
        "that breaks it is a usage error, exit 2, and nothing is sent). A POST that may have reached the gateway "
        "without an answer exits 4 with a warning: a task may exist, so check before resubmitting.",
        epilog=_POLLING,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    create.add_argument("family")
    create.add_argument(
        "--body", required=True, metavar="JSON|@FILE",
        help="the request body, or @file holding it (`videotask sample-body FAMILY` prints a valid one)",
    )  # fmt: skip
    create.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE",
        help="set a field (a.b=1 sets nested keys; VALUE takes the type the spec wants there: duration=10 is "
        "the text \"10\" where the spec wants text, the number where it wants a number); repeatable",
    )  # fmt: skip
    create.add_argument("--route", default=None, help="one of the family's submit routes (default: its first)")
    create.add_argument("--wait", action="store_true", help="wait for the task to finish")
    create.add_argument(
        "--download", default=None, metavar="PATH", help="then save its result to PATH (implies --wait)"
    )
    create.add_argument("--overwrite", action="store_true", help="replace PATH if it exists")
    create.add_argument("--timeout", type=float, default=600.0, metavar="S", help="give up waiting after S seconds")
    create.add_argument("--interval", type=float, default=None, metavar="S", help="seconds between polls")
    create.add_argument("--json", action="store_true", help="print the task as JSON")

    download = commands.add_parser(
        "download",
        parents=[gateway],
        help="save a finished task's result to a file",
        description="Gets the task, then streams its result to PATH (resumed after a dropped connection, its "
        "length checked, renamed into place only when complete). A task still queued or running is waited for "
        "first, as `wait` does. A signed URL on another origin never gets the key.",
    )
    download.add_argument("family")
    download.add_argument("task_id")
    download.add_argument("path", metavar="PATH")
    download.add_argument("--route", default=None, help="one of the family's query routes (default: its first)")
    download.add_argument("--overwrite", action="store_true", help="replace PATH if it exists")
    download.add_argument(
        "--timeout", type=float, default=600.0, metavar="S", help="wait at most S seconds for a task still running"
    )
    download.add_argument("--interval", type=float, default=None, metavar="S", help="seconds between polls")

    validate = commands.add_parser(
        "validate",
        help="check recorded JSON responses against the spec",
        description="Each FILE is a response body; `name.http404.json` holds the body of an HTTP 404 answer. "
        "A quoted pattern (recorded/*.json) is expanded; a pattern that matches nothing, or a list where no "
        "file exists, is a usage error (exit 2).",
    )
    validate.add_argument("--family", required=True)
    validate.add_argument(
        "--relay", default=None, metavar="NAME|FILE", help="refuse a family this relay does not serve"
    )
    validate.add_argument("--strict", action="store_true", help="also: a known status, a success with its URL")
    validate.add_argument("files", nargs="+", metavar="FILE")

    record = commands.add_parser("record", parents=[gateway], help="save a live response, scrubbed, as a fixture")
    record.add_argument("family")
    record.add_argument("task_id")
    record.add_argument("--out", required=True, metavar="DIR")
    record.add_argument(
        "--errors",
        action="store_true",
        help="also save an error answer's JSON body as <id>.http<status>.json (exit 0); without it an error "
        "answer saves nothing and exits 4",
    )

    mock = commands.add_parser("mock", help="run the MockGateway in the foreground")
    mock.add_argument("--port", type=int, default=8765)
    mock.add_argument("--token", default=None, help="the bearer token it accepts (default: a random one)")
    mock.add_argument("--running-polls", type=int, default=3, metavar="N", help="polls a task spends running")
    mock.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="NAME[:RATE]",
        help="answer a RATE fraction (default 0.1) of requests with the fault NAME; repeatable, the rates add up "
        "to at most 1 (faults: " + ", ".join(FAULTS) + ")",
    )
    mock.add_argument("--max-rps", type=float, default=None, metavar="L", help="answer 429 above L requests/s")
    mock.add_argument("--durations", default=None, metavar="LOW:HIGH", help="created tasks take LOW-HIGH s (seeded)")
    mock.add_argument("--seed", type=int, default=None, help="seeds the faults and the durations")
    mock.add_argument("--relay", default=None, metavar="NAME|FILE", help="serve only this relay's routes")
    mock.add_argument(
        "--wrapper", default=None, metavar="NAME", help="answer queries in this wrapper (specs/wrappers), e.g. "
        "newapi_envelope, for the families that name it"
    )  # fmt: skip
    relays = commands.add_parser("relays", help="list the shipped relays (or a relay file) and the routes each serves")
    relays.add_argument("relay", nargs="?", default=None, metavar="NAME|FILE", help="just this one")

    commands.add_parser(
        "contract",
        parents=[gateway],
        help="fetch live tasks and check them strictly against the specs",
        description="Tasks come from $VIDEOTASK_CONTRACT_TASKS (family:id,...); skipped when it or the gateway "
        "settings are missing.",
    )
    sample = commands.add_parser(
        "sample-body",
        help="print a small valid create body for a family's submit route (a start for create --body @FILE)",
        description="Its required fields only, each the spec's first example, enum value or default, else a plain "
        "value of its type: the body the demo submits.",
    )
    sample.add_argument("family")
    sample.add_argument("--route", default=None, help="one of the family's submit routes (default: its first)")
    demo = commands.add_parser(
        "demo", help="the whole job against a MockGateway: create, wait and download for every family, no network"
    )
    demo.add_argument("--out", default=None, metavar="DIR", help="where the files go (default: a new temporary folder)")
    batch_parser(commands, gateway)
    discover_parser(commands, gateway)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _ARGV.set(list(sys.argv[1:] if argv is None else argv))
    args = _parser().parse_args(argv)
    console = _Console(sys.stdout, sys.stderr, getattr(args, "api_key", None) or os.environ.get("VIDEOTASK_API_KEY"))
    try:
        family = getattr(args, "family", None)
        if family is not None and family not in families():
            raise UnknownFamily(f"unknown family {family!r} (known: {', '.join(families())})")
        return _COMMANDS[args.command](args, console)
    except (UnknownFamily, UnknownRoute, InvalidTaskId, InvalidRequest) as exc:
        console.error(str(exc))
        return EXIT_USAGE
    except SubmitUncertain as exc:
        console.error(f"{type(exc).__name__}: {exc}")
        console.error(
            "the create may have reached the gateway and made (and billed) a task: look for it before "
            "resubmitting; do not resend blindly"
        )
        return EXIT_ERROR
    except GatewayError as exc:
        console.error(f"{type(exc).__name__}: {exc}")
        return EXIT_ERROR
    except ValueError as exc:  # configuration: no base URL, bad URL, bad option values
        console.error(str(exc))
        return EXIT_USAGE
    except (FileExistsError, IsADirectoryError, NotADirectoryError) as exc:  # a download's target
        text = str(exc).split(" (pass overwrite=True", 1)[0]  # the library's hint names its keyword, not ours
        console.error(f"{text}{' (pass --overwrite to replace it)' if isinstance(exc, FileExistsError) else ''}")
        return EXIT_USAGE
    except OSError as exc:  # the disk: no space, no permission
        console.error(f"{type(exc).__name__}: {exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        console.error("interrupted")
        return EXIT_INTERRUPTED


def _connection(args: argparse.Namespace) -> tuple[str, str]:
    """The gateway and key from the options, else the environment: either missing is a configuration error
    (exit 2) said in the command's words, before anything is sent."""
    base_url = args.base_url or os.environ.get("VIDEOTASK_BASE_URL")
    api_key = args.api_key or os.environ.get("VIDEOTASK_API_KEY")
    if not base_url:
        raise ValueError("no base URL: pass --base-url URL or set VIDEOTASK_BASE_URL")
    if not api_key:
        raise ValueError("no API key: pass --api-key KEY or set VIDEOTASK_API_KEY")
    return base_url, api_key


def _no_overwrite(path: Path, overwrite: bool) -> None:
    """An existing target without --overwrite is a usage error, before anything is sent."""
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists")


def _get(args: argparse.Namespace, console: _Console) -> int:
    with Gateway(*_connection(args), timeout=args.request_timeout, relay=args.relay) as gateway:
        task = gateway.get(args.family, args.task_id, route=args.route)
    # the keys `wait --json` prints: `problem` is what went wrong (an error exits before printing: none here)
    console.print(
        json.dumps({**task.to_dict(), "problem": None}, ensure_ascii=False) if args.json else format_task(task)
    )
    return EXIT_OK


def _wait(args: argparse.Namespace, console: _Console) -> int:
    pairs = [(args.family, task_id) for task_id in dict.fromkeys(args.task_ids)]
    query = resolve_family(args.family).query(args.route)
    for _, task_id in pairs:
        build_request(query, task_id)  # an id no request can carry is a usage error, before anything is sent
    gateway = AsyncGateway(*_connection(args), timeout=args.request_timeout, relay=args.relay)
    outcomes = asyncio.run(
        wait_many(gateway, pairs, console, timeout=args.timeout, interval=args.interval, route=args.route)
    )
    if args.json:
        for _, _, task, problem in outcomes:
            console.print(json.dumps({**(task.to_dict() if task else {}), "problem": problem}, ensure_ascii=False))
    else:
        console.print(_table(outcomes, console))
    return exit_code(outcomes)


def _table(outcomes: Sequence[Outcome], console: _Console) -> str:
    """The results table, as wide as stdout's terminal (or $COLUMNS); not cut at all into a pipe."""
    size = terminal_size(_terminal_fd(console.out))
    return results_table(outcomes, size[0] if size else None, console.scrub)


def _terminal_fd(stream: TextIO) -> int | None:
    """The file descriptor of `stream` when it is a terminal, else None."""
    try:
        return stream.fileno() if stream.isatty() else None
    except (OSError, ValueError):  # closed, or no descriptor (a StringIO)
        return None


def _err_size(console: _Console) -> tuple[int, int]:
    return terminal_size(_terminal_fd(console.err)) or (80, 24)


async def wait_many(
    gateway: AsyncGateway,
    pairs: Sequence[tuple[str, str]],
    console: _Console,
    *,
    timeout: float,
    interval: float | None,
    route: str | None = None,
    routes: Mapping[tuple[str, str], str | None] | None = None,
) -> list[Outcome]:
    """Wait on every (family, task id) at once; each ends as a task, a timeout or an error, none is lost.
    `routes` gives a pair its own query route (created tasks: each its `route`), else `route`."""
    live = _terminal_fd(console.err) is not None
    progress = Progress(
        _ScrubbedStream(console), pairs, live=live, size=lambda: _err_size(console), scrub=console.scrub
    )

    async def one(family: str, task_id: str) -> Outcome:
        try:
            task = await gateway.wait(
                family, task_id, route=(routes or {}).get((family, task_id), route), timeout=timeout,
                poll_interval=interval, on_progress=progress.update,
            )  # fmt: skip
            return family, task_id, task, None
        except WaitTimeout as exc:
            progress.note(family, task_id, exc.task, "timeout")
            return family, task_id, exc.task, "timeout"
        except GatewayError as exc:
            problem = f"{type(exc).__name__}: {console.scrub(str(exc))}"
            progress.note(family, task_id, None, problem)
            return family, task_id, None, problem

    try:
        async with gateway:
            outcomes = await asyncio.gather(*(one(family, task_id) for family, task_id in pairs))
    finally:
        progress.close()  # also on Ctrl-C: the terminal gets its cursor back
    return list(outcomes)


class _ScrubbedStream:
    """The progress display's stream: stderr, scrubbed."""

    def __init__(self, console: _Console) -> None:
        self.console = console

    def write(self, text: str) -> object:
        return self.console.err.write(self.console.scrub(text))

    def flush(self) -> None:
        self.console.err.flush()

    @property
    def encoding(self) -> str:  # rich draws ASCII bars on a terminal that cannot show others
        return getattr(self.console.err, "encoding", None) or "utf-8"


def exit_code(outcomes: Sequence[Outcome]) -> int:
    code = EXIT_OK
    for _, _, task, problem in outcomes:
        if problem == "timeout":
            code = max(code, EXIT_TIMEOUT)
        elif problem is not None:
            code = max(code, EXIT_ERROR)
        elif task is None or task.state is not TaskState.SUCCEEDED:
            code = max(code, EXIT_FAILED)
    return code


_JSON_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"), (list, "array"),
               (dict, "object"), (type(None), "null"))  # fmt: skip


def _json_type(value: Any) -> str:
    return next(name for kind, name in _JSON_TYPES if isinstance(value, kind))


def _types_at(schema: Any, parts: Sequence[str], components: dict[str, Any]) -> set[str]:
    """The JSON types the schema allows at `parts` (through refs and unions); empty when it does not say."""
    from videotask.testing._samples import _resolve

    nodes = [schema]
    for part in [*parts, None]:
        expanded: list[Any] = []
        while nodes:
            node = _resolve(nodes.pop(), components)
            if isinstance(node, dict):
                expanded.append(node)
                nodes += [b for key in ("anyOf", "oneOf", "allOf") for b in node.get(key) or ()]
        if part is None:
            break
        nodes = [(node.get("properties") or {}).get(part) for node in expanded]
    types: set[str] = set()
    for node in expanded:
        declared = node.get("type")
        types |= {declared} if isinstance(declared, str) else set(declared or ())
        types |= {_json_type(v) for v in node.get("enum") or ()}
    return types


def _typed(raw: str, wanted: set[str]) -> Any:
    """VALUE as JSON when it parses and the schema takes its type (`10` for an integer), else as text when the
    schema takes text (`10` for a string such as Kling's duration); a schema that says nothing takes JSON."""
    try:
        value = json.loads(raw)
    except ValueError:
        return raw
    kind = _json_type(value)
    if not wanted or kind in wanted or (kind == "integer" and "number" in wanted) or "string" not in wanted:
        return value
    return raw


def request_body(
    text: str, sets: Sequence[str], schema: dict[str, Any] | None = None, components: dict[str, Any] | None = None
) -> dict[str, Any]:
    """`--body JSON|@FILE` with each `--set key.path=value` applied: VALUE of the type the request `schema`
    wants at that key (JSON when it parses, else text, without a schema)."""
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise ValueError(f"--body {text[:80]!r}: cannot read {exc.filename}: {exc.strerror}") from None
    try:
        body = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"--body is not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise ValueError("--body must be a JSON object")
    for item in sets:
        key, sep, raw = item.partition("=")
        parts = key.split(".")
        if not sep or not all(parts):
            raise ValueError(f"--set {item!r} is not key=value (a.b=1 sets nested keys)")
        value = _typed(raw, _types_at(schema, parts, components or {}) if schema else set())
        node = body
        for part in parts[:-1]:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise ValueError(f"--set {item!r}: {part!r} holds {type(child).__name__}, not an object")
            node = child
        node[parts[-1]] = value
    return body


def _create(args: argparse.Namespace, console: _Console) -> int:
    from videotask.testing._samples import request_schema

    fam = resolve_family(args.family)
    body = request_body(args.body, args.set, request_schema(fam.submit(args.route)), fam.components)
    wait = args.wait or args.download is not None
    if args.download is not None:
        _no_overwrite(Path(args.download), args.overwrite)  # before anything is sent: no task made for nothing
    connection = _connection(args)
    with Gateway(*connection, timeout=args.request_timeout, relay=args.relay) as gateway:
        task = gateway.create(args.family, body, route=args.route)
    console.err.write(console.scrub(f"created {task.family} {task.task_id} ({task.state.value})") + "\n")
    if not wait:
        console.print(json.dumps(task.to_dict(), ensure_ascii=False) if args.json else format_task(task))
        return EXIT_OK
    gateway_async = AsyncGateway(*connection, timeout=args.request_timeout, relay=args.relay)
    outcomes = asyncio.run(
        wait_many(gateway_async, [(task.family, task.task_id)], console, timeout=args.timeout,
                  interval=args.interval, route=task.route)
    )  # fmt: skip
    _, _, final, problem = outcomes[0]
    if args.json:
        console.print(json.dumps({**(final.to_dict() if final else {}), "problem": problem}, ensure_ascii=False))
    else:
        console.print(_table(outcomes, console))
    code = exit_code(outcomes)
    if code == EXIT_OK and args.download is not None and final is not None:
        with Gateway(*connection, timeout=args.request_timeout, relay=args.relay) as gateway:
            _save(gateway, final, Path(args.download), args.overwrite, console)
    return code


def _save(gateway: Gateway, task: VideoTask, path: Path, overwrite: bool, console: _Console) -> Path:
    """Download with a progress bar on a terminal (stderr), plain lines elsewhere."""
    label = f"{task.family} {task.task_id}"
    transfers = Transfers(_ScrubbedStream(console), live=_terminal_fd(console.err) is not None,
                          size=lambda: _err_size(console))  # fmt: skip
    try:
        saved = gateway.download(
            task, path, overwrite=overwrite, on_progress=lambda d, t: transfers.update(label, d, t)
        )
        transfers.saved(label, str(saved), saved.stat().st_size)
    finally:
        transfers.close()
    return saved


def _download(args: argparse.Namespace, console: _Console) -> int:
    """Get the task; one still on its way is waited for (as `wait` does, within --timeout); then its file."""
    path = Path(args.path)
    _no_overwrite(path, args.overwrite)
    connection = _connection(args)
    with Gateway(*connection, timeout=args.request_timeout, relay=args.relay) as gateway:
        task = gateway.get(args.family, args.task_id, route=args.route)
    if not task.state.is_terminal:
        console.err.write(console.scrub(f"{task.family} {task.task_id} is {task.state.value}: waiting for it\n"))
        waiter = AsyncGateway(*connection, timeout=args.request_timeout, relay=args.relay)
        outcomes = asyncio.run(
            wait_many(waiter, [(task.family, task.task_id)], console, timeout=args.timeout, interval=args.interval,
                      route=args.route)
        )  # fmt: skip
        _, _, last, problem = outcomes[0]
        if problem is not None or last is None:
            console.error(f"{task.family} task {task.task_id}: {problem or 'no answer'}; there is no result to save")
            return exit_code(outcomes)
        task = last
    if task.state is not TaskState.SUCCEEDED:
        why = f": {task.error}" if task.error else ""
        console.error(f"{task.family} task {task.task_id} is {task.state.value}{why}; there is no result to save")
        return EXIT_FAILED
    with Gateway(*connection, timeout=args.request_timeout, relay=args.relay) as gateway:
        saved = _save(gateway, task, path, args.overwrite, console)
    console.print(str(saved))
    return EXIT_OK


def _validate(args: argparse.Namespace, console: _Console) -> int:
    from videotask.testing._record import check_recorded

    if args.relay is not None:  # a family the relay does not serve: UnknownFamily, a usage error
        from videotask._families import resolve

        resolve(args.family, args.relay)
    files = _expand(args.files)
    bad = 0
    for name in files:
        problem = check_recorded(args.family, name, strict=args.strict)[2]
        if problem is not None:
            console.print(problem)
            bad += 1
    total = len(files)
    console.print(f"{total - bad} of {total} file(s) match the {args.family} spec")
    return EXIT_FAILED if bad else EXIT_OK


def _expand(names: Sequence[str]) -> list[str]:
    """The files to validate: existing paths as given, quoted patterns expanded (a shell glob that matched nothing
    arrives as the pattern itself). A pattern that matches nothing, or no file at all, is a ValueError (exit 2)."""
    files: list[str] = []
    for name in names:
        if os.path.lexists(name) or not glob.has_magic(name):
            files.append(name)
            continue
        matched = sorted(glob.glob(name, recursive=True))
        if not matched:
            raise ValueError(f"no files match {name!r}")
        files += matched
    if not any(os.path.lexists(name) for name in files):
        raise ValueError(f"no files: none of {', '.join(map(repr, files))} exists")
    return files


class _ErrorAnswer(GatewayError):
    """An error answer `record` must not save: deliberately not an APIStatusError, which it saves."""

    def __init__(self, error: APIStatusError) -> None:
        super().__init__(str(error))
        self.error = error


class _NoErrorAnswers(Gateway):
    """A Gateway whose error answers `record` passes on instead of saving (`videotask record` without --errors)."""

    def get(self, *args: Any, **kwargs: Any) -> VideoTask:
        try:
            return super().get(*args, **kwargs)
        except APIStatusError as exc:
            raise _ErrorAnswer(exc) from None


def _record(args: argparse.Namespace, console: _Console) -> int:
    from videotask.testing import record

    kind = Gateway if args.errors else _NoErrorAnswers
    with kind(*_connection(args), validation="off", timeout=args.request_timeout, relay=args.relay) as gateway:
        try:
            path = record(gateway, args.family, args.task_id, Path(args.out))
        except _ErrorAnswer as exc:
            raise exc.error from None  # exit 4, nothing written
    console.print(str(path))
    return EXIT_OK


def _contract(args: argparse.Namespace, console: _Console) -> int:
    from videotask._contract import contract_violations

    base_url = args.base_url or os.environ.get("VIDEOTASK_BASE_URL")
    api_key = args.api_key or os.environ.get("VIDEOTASK_API_KEY")
    listed = os.environ.get("VIDEOTASK_CONTRACT_TASKS", "")
    if not (base_url and api_key and listed.strip()):
        console.print(
            "contract: skipped (set VIDEOTASK_BASE_URL, VIDEOTASK_API_KEY and VIDEOTASK_CONTRACT_TASKS=family:id,...)"
        )
        return EXIT_OK
    pairs = []
    for item in filter(None, (part.strip() for part in listed.split(","))):
        family, sep, task_id = item.partition(":")
        if not sep or not task_id or family not in families():
            raise ValueError(f"VIDEOTASK_CONTRACT_TASKS: {item!r} is not family:id (families: {', '.join(families())})")
        pairs.append((family, task_id))
    failed = 0
    with Gateway(base_url, api_key, validation="off", timeout=args.request_timeout, relay=args.relay) as gateway:
        for family, task_id in pairs:
            try:
                task = gateway.get(family, task_id)
            except GatewayError as exc:
                console.print(f"FAIL {family}:{task_id}: {type(exc).__name__}: {exc}")
                failed += 1
                continue
            violations = contract_violations(family, task.raw)
            if violations:
                console.print("FAIL " + violation_report(f"{family}:{task_id}", family, 200, violations))
                failed += 1
            else:
                console.print(f"ok   {family}:{task_id} ({task.state.value}, {task.raw_status})")
    console.print(f"contract: {len(pairs) - failed} of {len(pairs)} task(s) keep their spec")
    return EXIT_FAILED if failed else EXIT_OK


def _mock(args: argparse.Namespace, console: _Console) -> int:
    from videotask.testing import MockGateway

    rate, chosen = fault_mix(args.fault)
    faults: dict[str, Any] = {"fault_rate": rate, "random_faults": chosen} if chosen else {}
    faults.update(max_rps=args.max_rps, seed=args.seed, durations=durations_option(args.durations))
    faults.update(relay=args.relay, wrapper=args.wrapper)
    mock = MockGateway(port=args.port, token=args.token or "", running_polls=args.running_polls, **faults)
    with contextlib.suppress(KeyboardInterrupt):  # from the start: Ctrl-C right after the banner is a stop too
        try:
            mock.start()
        except OSError as exc:
            raise ValueError(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}") from None
        injected = f" with faults {', '.join(args.fault)}" if args.fault else ""
        console.out.write(
            f"MockGateway serving {', '.join(mock.families)} on {mock.base_url}{injected} (Ctrl-C stops it)\n"
            f"export VIDEOTASK_BASE_URL={mock.base_url}\nexport VIDEOTASK_API_KEY={mock.token}\n"
        )
        console.out.flush()
        mock.serve_forever()
    return EXIT_OK


def _relays(args: argparse.Namespace, console: _Console) -> int:
    """Each relay, each family it serves and each route: `ROLE NAME METHOD PATH [BODY]`, one a line."""
    from videotask._families import relay
    from videotask.definitions import relays, spell_path

    for name in [args.relay] if args.relay else relays():
        found = relay(name)
        console.print(f"{found.name}: {found.title}")
        for family, routes in found.families.items():
            for route in routes:
                named = f" ({route.name})" if route.name else ""
                console.print(f"  {family:<18} {route.role:<7}{named:<14} {route}")
            reading = found.readings.get(family)
            if reading is not None:  # what this relay's answers add to the family's reading
                words = ", ".join(f"{raw}={state.value}" for raw, state in reading.status_values.items())
                added = [f"status {', '.join(map(spell_path, reading.status_fields))}"] if reading.status_fields else []
                added += [f"words {words}"] if words else []
                added += [f"{name} {', '.join(map(spell_path, paths))}" for name, paths in reading.fields.items()]
                console.print(f"  {family:<18} {'reads':<21} {'; '.join(added)}")
    return EXIT_OK


def fault_mix(specs: Sequence[str], default_rate: float = 0.1) -> tuple[float, tuple[str, ...]]:
    """`--fault NAME[:RATE]` options -> MockGateway's (fault_rate, random_faults): the total rate, and the faults
    repeated in proportion to their rates (the mock picks one of them uniformly), to a thousandth."""
    from videotask.testing import FAULTS

    rates: dict[str, float] = {}
    for spec in specs:
        name, sep, value = spec.partition(":")
        if name not in FAULTS:
            raise ValueError(f"unknown fault {name!r} in --fault {spec!r} (known: {', '.join(FAULTS)})")
        try:
            rate = float(value) if sep else default_rate
        except ValueError:
            rate = math.nan
        if not 0 < rate <= 1:
            raise ValueError(f"--fault {spec!r}: RATE must be a number above 0 and at most 1")
        rates[name] = rates.get(name, 0.0) + rate
    total = sum(rates.values())
    if total > 1 + 1e-9:
        raise ValueError(f"--fault rates add up to {total:g}, more than 1")
    shares = {name: round(1000 * rate / total) for name, rate in rates.items()} if rates else {}
    step = math.gcd(*shares.values()) if shares else 1
    return min(total, 1.0), tuple(name for name, share in shares.items() for _ in range(share // step))


def _demo(args: argparse.Namespace, console: _Console) -> int:
    """Create, wait and download for every family's every submit route against a MockGateway (one task
    scripted to fail, so the table shows an error too); the files go to --out, else to a temporary folder
    removed at the end (megabytes a run: a demo leaves nothing behind)."""
    import tempfile

    with contextlib.ExitStack() as stack:
        if args.out:
            out = Path(args.out)
            out.mkdir(parents=True, exist_ok=True)
        else:
            out = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="videotask-demo-")))
        code = _demo_in(out, console)
        if not args.out:
            console.err.write(f"{out} removed (pass --out DIR to keep the files)\n")
    return code


def _demo_in(out: Path, console: _Console) -> int:
    from videotask.testing import MockGateway
    from videotask.testing._samples import sample_body

    jobs = [(name, op.route) for name in families() for op in resolve_family(name).submits]
    with MockGateway(content_size=2 * 1024 * 1024) as mock:
        created: list[VideoTask] = []
        with Gateway(mock.base_url, mock.token) as gateway:
            for n, (name, route) in enumerate(jobs):  # different lengths, so they finish apart; the first one
                mock.script_next(TaskState.FAILED if n == 0 else TaskState.SUCCEEDED, 2 + n % 4)  # fails
                created.append(gateway.create(name, sample_body(name, route), route=route))
        console.err.write(f"MockGateway on {mock.base_url} (files on {mock.cdn_url})\ncreated {len(created)} tasks\n")
        pairs = [(task.family, task.task_id) for task in created]
        routes = {(task.family, task.task_id): task.route for task in created}
        waiter = AsyncGateway(mock.base_url, mock.token)
        outcomes = asyncio.run(wait_many(waiter, pairs, console, timeout=600, interval=0.2, routes=routes))
        console.print(_table(outcomes, console))
        console.err.write(f"downloading into {out}\n")
        with Gateway(mock.base_url, mock.token) as gateway:
            for family, task_id, task, _ in outcomes:
                if task is not None and task.state is TaskState.SUCCEEDED:
                    name = f"{family}-{routes[family, task_id] or 'default'}-{task_id}.mp4"
                    _save(gateway, task, out / name, True, console)
        leaked = sum(1 for seen in mock.cdn_requests if "authorization" in seen.headers)
        console.err.write(  # short lines: nothing wraps at 80 columns
            f"files: {len(list(out.glob('*.mp4')))} in {out}\nduplicate submissions: {mock.ledger.duplicates()}\n"
            f"requests carrying the key to the file origin: {leaked}\n"
        )
    failed = exit_code(outcomes)
    return EXIT_OK if failed in (EXIT_OK, EXIT_FAILED) else failed  # the failing task is part of the show


def _sample_body(args: argparse.Namespace, console: _Console) -> int:
    from videotask.testing._samples import sample_body

    route = resolve_family(args.family).submit(args.route).route  # an unknown route: UnknownRoute, exit 2
    console.print(json.dumps(sample_body(args.family, route), ensure_ascii=False, indent=2))
    return EXIT_OK


_COMMANDS = {
    "create": _create,
    "download": _download,
    "get": _get,
    "wait": _wait,
    "validate": _validate,
    "record": _record,
    "contract": _contract,
    "mock": _mock,
    "demo": _demo,
    "batch": batch_command,
    "discover": discover_command,
    "sample-body": _sample_body,
    "relays": _relays,
}

if __name__ == "__main__":
    sys.exit(main())
