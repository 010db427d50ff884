"""body -> VideoTask, pure: where each value lives comes from the family's override.

`read(override, body)` is the reader: it interprets the override, walking each declared path with
videotask._paths.first, and is the reference for what a body means. `compile_reader` writes the same reading out
as one straight-line function per family (several times faster: a poll pays for a few dict lookups); it is an
optimisation only, and tests/adapters/test_reader_reference.py runs both on every fixture, every spec example and
shape, and generated bodies, and compares the whole VideoTask. `normalize(family, body)` is the family's
compiled reader, called by name.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from videotask._log import warn_once
from videotask._paths import NAMESPACE, Shared, first, first_lines, prefix_lines, shared_prefixes
from videotask._resolve import family as resolve_family
from videotask._task import TaskState, VideoTask
from videotask._time import _MS_THRESHOLD, _parse_text, parse_timestamp

if TYPE_CHECKING:
    from videotask.definitions._override import Override, Path

__all__ = ["NO_URL", "compile_reader", "normalize", "parse_progress", "read", "url_expiry"]

NO_URL = "the task finished but the response names no video URL"
_INTEGER = re.compile(r"[+-]?\d+")
_TERMINAL = tuple(state for state in TaskState if state.is_terminal)
_NOT_OBJECT = "response is not a JSON object"
Reader = Callable[..., VideoTask]


def parse_progress(value: Any, scale: str = "auto") -> float | None:
    """ "45%", 45, 45.0 and 0.45 -> 0.45, clamped to 0..1; ints are percent, floats up to 1 are fractions."""
    kind = value.__class__
    if kind is int:
        try:
            number, percent = float(value), scale != "fraction"
        except OverflowError:  # an int past any float: no progress, as an infinite float is none
            return None
    elif kind is float:
        number = value
        percent = scale == "percent" or (scale == "auto" and number > 1.0)
    elif kind is str:
        text = value.strip()
        percent = text.endswith("%")
        try:
            number = float(text.rstrip("%").strip())
        except ValueError:
            return None
        if not percent:
            percent = scale == "percent" or (scale == "auto" and (number > 1.0 or _INTEGER.fullmatch(text) is not None))
    else:
        return None  # None, bool, objects
    if math.isnan(number) or math.isinf(number):
        return None
    if percent:
        number /= 100.0
    return 0.0 if number < 0.0 else 1.0 if number > 1.0 else number


def _error_text(value: Any) -> str | None:
    """An error value as text: `code: message` from an object, a string or number as it is; None for a status
    object saying all is well."""
    if isinstance(value, dict):
        code = None
        for key in ("code", "status_code", "type"):  # a loop, not next() over a generator: half the time
            code = value.get(key)
            if code is not None and code != "":
                break
            code = None
        if code in (0, "0"):
            return None  # an answer's status object saying all is well (MiniMax's base_resp, Kling's code 0)
        message = value.get("message") or value.get("msg") or value.get("status_msg")
        if message is None or message == "":
            return None if code is None else str(code)
        return str(message) if code is None else f"{code}: {message}"
    if isinstance(value, str | int | float) and not isinstance(value, bool) and value not in ("", 0):
        return str(value)
    return None


def _signed_at(text: str) -> datetime | None:
    """`20250829T165122Z` (the signing date of TOS, S3 and GCS URLs); strptime costs 20x this."""
    if len(text) != 16 or text[8] != "T" or text[15] != "Z" or not (text[:8] + text[9:15]).isdigit():
        return None
    try:
        if text.isascii() and text[9:11] < "24":  # fromisoformat reads the basic form in a third of the time of
            # six int()s; hour 24, which Python 3.13's fromisoformat takes for midnight, stays the error it is here
            return datetime.fromisoformat(text)
        return datetime(
            int(text[:4]), int(text[4:6]), int(text[6:8]), int(text[9:11]), int(text[11:13]), int(text[13:15]),
            tzinfo=UTC,
        )  # fmt: skip
    except ValueError:
        return None


def _query_value(query: bytes, lowered: bytes, name: bytes) -> str:
    """The value of the first `name=` pair in `query` (`&`-prefixed; `lowered` is it with ASCII letters in lower
    case, the same length, so a position in one is the same in the other), or "" when there is none."""
    start = lowered.find(b"&" + name + b"=")
    if start < 0:
        return ""
    start += len(name) + 2
    end = query.find(b"&", start)
    value = query[start : end if end >= 0 else len(query)].decode("utf-8", "replace")
    return unquote(value) if "%" in value else value


def url_expiry(url: str) -> datetime | None:
    """Signed URLs say when they expire: X-Tos/X-Amz/X-Goog date + lifetime, or an absolute `x-expires`/`Expires`
    (unix seconds). Names are matched without regard to case; the first pair of each name wins. None when
    the URL names no expiry or the sum is past year 9999.

    Runs on every finished task: the query is searched for the few names it may carry, as bytes (whose lower()
    keeps every position, whatever else the URL holds), not split into pairs (a third of the time).
    """
    query = b"&" + url.partition("?")[2].partition("#")[0].encode("utf-8", "surrogatepass")
    lowered = query.lower()
    if b"expires" not in lowered:
        return None
    for prefix in (b"x-tos-", b"x-amz-", b"x-goog-"):
        lifetime = _query_value(query, lowered, prefix + b"expires")
        if lifetime.isdigit() and lifetime.isascii():
            start = _signed_at(_query_value(query, lowered, prefix + b"date"))
            if start is not None:
                try:
                    return start + timedelta(0, int(lifetime))
                except (OverflowError, ValueError):  # past year 9999; more digits than int() reads
                    return None
    absolute = _query_value(query, lowered, b"x-expires") or _query_value(query, lowered, b"expires")
    return parse_timestamp(absolute) if absolute.isdigit() and absolute.isascii() else None


def read(decl: Override, body: Any, task_id: str | None = None, base_url: str | None = None) -> VideoTask:
    """One VideoTask from one response body, read as `decl` says: the reference reader.

    Pure: no I/O, never raises on a body's content. `task_id` (the id that was asked for) wins over the
    body's; `base_url` completes a `content_url` when a finished task names no URL. A success whose URL needs
    a second call (`result`) stays SUCCEEDED with no URL and keeps its `file_id` for that call.
    """
    if not isinstance(body, dict):
        return VideoTask(
            family=decl.family, task_id=task_id or "", state=TaskState.UNKNOWN, raw_status=None, progress=None,
            video_url=None, error=_NOT_OBJECT, created_at=None, finished_at=None, expires_at=None, raw=body,
        )  # fmt: skip
    fields = decl.fields

    # The status: the first declared word present; with two vocabularies in one body (a relay's envelope around
    # the upstream's), a later declared word wins when it says the task is over (a gateway's timeout sweep, an
    # upstream cancel) and the words before it did not.
    raw_status = first(body, decl.status_fields, "scalar")
    if raw_status is None:
        state = TaskState.UNKNOWN
        warn_once(("no status", decl.family), _no_status(decl.family))
    else:
        raw_status = str(raw_status)
        found_state = decl.state_of(raw_status)
        if found_state is None:
            warn_once(("unknown status", decl.family, raw_status), _unknown_status(decl.family), raw_status)
        state = TaskState.UNKNOWN if found_state is None else found_state
    for path in decl.status_fields[1:]:
        if state.is_terminal:
            break
        word = first(body, [path], "scalar")
        final = None if word is None else decl.state_of(str(word))
        if final is not None and final.is_terminal:
            raw_status, state = str(word), final

    if not task_id:
        found = first(body, fields["task_id"], "scalar")
        task_id = "" if found is None else str(found)
    video_url = first(body, fields["video_url"], "url")
    file_id = first(body, fields["file_id"], "scalar")
    file_id = None if file_id is None else str(file_id)

    error = None
    if state is TaskState.SUCCEEDED and video_url is None:
        if decl.content_url and task_id:  # the file lives at a route of the gateway's own
            video_url = (base_url or "").rstrip("/") + decl.content_url.format(task_id=task_id)
        elif not (decl.result is not None and file_id):  # unless a second call turns the file id into a URL
            state, error = TaskState.FAILED, NO_URL
    if state is TaskState.SUCCEEDED:
        progress: float | None = 1.0
    else:
        said = first(body, fields["error"], "value")
        if error is None and said is not None:  # the body's own words, unless the failure is the missing URL
            error = _error_text(said)
        done = first(body, fields["progress"], "value")
        progress = None if done is None else parse_progress(done, decl.progress_scale)

    zone = decl.timezone
    expires_at = parse_timestamp(first(body, fields["expires_at"], "value"), zone)
    if expires_at is None and video_url:
        expires_at = url_expiry(video_url)
    created_at = parse_timestamp(first(body, fields["created_at"], "value"), zone)
    finished_at = None
    if state.is_terminal:
        finished_at = parse_timestamp(first(body, fields["finished_at"], "value"), zone)
    return VideoTask(
        family=decl.family, task_id=task_id, state=state, raw_status=raw_status, progress=progress,
        video_url=video_url, error=error, created_at=created_at, finished_at=finished_at, expires_at=expires_at,
        raw=body, file_id=file_id,
    )  # fmt: skip


def _no_status(family: str) -> str:
    return f"{family}: response has no status field; state UNKNOWN"


def _unknown_status(family: str) -> str:
    return family + ": unknown status {!r}; state UNKNOWN, not final"


# -- the compiled reader: `read`, written out once per family as straight-line code --------------------------

_MISSING = object()


@functools.cache
def _percents() -> dict[str, float | None]:
    """ "0%" to "100%", the progress most new-api bodies carry, read once by parse_progress itself."""
    return {f"{percent}%": parse_progress(f"{percent}%") for percent in range(101)}


def _content_url(template: str | None) -> str:
    """The expression completing `content_url` with the task id: a concatenation when the id is its one
    placeholder (str.format with a keyword costs several times that), else the format call itself."""
    head, _, tail = (template or "").partition("{task_id}")
    if template and not any(brace in head + tail for brace in "{}"):
        return f"{head!r} + task_id + {tail!r}"
    return "content_url.format(task_id=task_id)"


def _spelled(decl: Override) -> dict[str, TaskState]:
    """The status table under each word as declared and as casefolded: the words a body sends, looked up
    without casefolding them first (what the casefolded table says of each, so nothing changes)."""
    lookup = decl.status_lookup
    return {**{word: lookup[word] for word in lookup}, **{raw: lookup[raw.casefold()] for raw in decl.status_values}}


def _timestamp_lines(name: str, paths: tuple[Path, ...], hoisted: dict[Path, Shared]) -> list[str]:
    """`name` = the time at the first of `paths`, as parse_timestamp reads it: whole unix seconds (what most
    gateways send) stay the int they are, which VideoTask turns into the datetime parse_timestamp would give
    when the field is read (videotask._task); a text time with a colon (ISO 8601, an HTTP date) goes straight to
    its text parser, anything else to parse_timestamp itself."""
    if not paths:
        return [f"    {name} = None"]
    return [
        *first_lines(paths, "value", "at", hoisted, body_is_dict=True),
        f"    if at.__class__ is int and 0 < at < {_MS_THRESHOLD}:",
        f"        {name} = at",
        '    elif at.__class__ is str and ":" in at:',  # never a number: no float() to fail first
        f"        {name} = _parse_text(at.strip(), zone)",
        "    else:",
        f"        {name} = None if at is None else _parse_timestamp(at, zone)",
    ]


_READ = """
def read(body, task_id=None, base_url=None):
    if not (body.__class__ is dict or isinstance(body, dict)):
        values = (family, task_id or "", _UNKNOWN, None, None, None, _NOT_OBJECT, None, None, None, body, None, None)
        return _new(_task, values)
{prefixes}
{status}
    if raw_status is None:
        state = _UNKNOWN
        _warn_once(("no status", family), _NO_STATUS)
    else:
        if raw_status.__class__ is not str:
            raw_status = str(raw_status)
        state = spelled.get(raw_status)
        if state is None:
            state = lookup.get(raw_status.casefold())
        if state is None:
            state = _UNKNOWN
            _warn_once(("unknown status", family, raw_status), _UNKNOWN_STATUS, raw_status)
{others}
    if not task_id:
{task_id}
        task_id = "" if found is None else str(found)
{video_url}
{file_id}
    error = None
    if state is _SUCCEEDED:
        if video_url is None:
            if content_url and task_id:
                video_url = (base_url or "").rstrip("/") + {content_url}
            elif not (second_call and file_id):
                state, error = _FAILED, _NO_URL
    if state is _SUCCEEDED:
        progress = 1.0
    else:
{error}
        if error is None and said is not None:
            error = _error_text(said)
{progress}
        if done is None:
            progress = None
        elif done.__class__ is int:
            try:
                progress = {int_progress}
            except OverflowError:  # an int past any float: none, as parse_progress says
                progress = None
            else:
                progress = 0.0 if progress < 0.0 else 1.0 if progress > 1.0 else progress
        else:
            progress = _PERCENTS.get(done, _MISSING) if done.__class__ is str else _MISSING
            if progress is _MISSING:
                progress = _parse_progress(done, scale)
{expires_at}
    if expires_at is None and video_url and "?" in video_url:  # only a query signs a URL
        expires_at = _url_expiry(video_url)
{created_at}
    if {terminal}:
{finished_at}
    else:
        finished_at = None
    return _new(_task, (
        family, task_id, state, raw_status, progress, video_url, error, created_at, finished_at, expires_at, body,
        file_id, None,
    ))
"""


def _other_status_lines(decl: Override, hoisted: dict[Path, Shared]) -> list[str]:
    """Two vocabularies in one body (a relay's envelope around the upstream's): the first present status word
    wins, unless a later declared one says the task is over (a gateway's timeout sweep, an upstream cancel)."""
    lines: list[str] = []
    final = " or ".join(f"final is _{state.name}" for state in _TERMINAL)
    for path in decl.status_fields[1:]:
        lines += [f"    if not ({' or '.join(f'state is _{s.name}' for s in _TERMINAL)}):"]
        lines += first_lines([path], "scalar", "word", hoisted, body_is_dict=True, indent="        ")
        lines += [
            "        final = None if word is None else lookup.get(str(word).casefold())",
            f"        if {final}:",
            "            raw_status, state = str(word), final",
        ]
    return lines


def compile_reader(decl: Override) -> Reader:
    """The family's reader as one generated function, `read(body, task_id=None, base_url=None) -> VideoTask`:
    what `read(decl, body, task_id, base_url)` answers (tests/adapters/test_reader_reference.py compares them),
    six times faster.

    Every declared path is written out as straight-line code (videotask._paths.first_lines) inside the one
    function, prefixes several paths share (`data`) read once: no call per field, no loop over overrides.
    The VideoTask is built as `tuple.__new__(VideoTask, values)`, which its class allows (videotask._task).
    `.source` keeps the text for reading.
    """
    fields = decl.fields
    # Prefixes the first paths share are read once, up front; a fallback path (read only when the paths before
    # it miss) walks from the longest of those, so a body answering by its first paths pays for no other.
    firsts = [paths[0] for paths in (decl.status_fields, *fields.values()) if paths]
    hoisted = shared_prefixes(firsts)

    def reading(paths: tuple[Path, ...], kind: str, target: str, indent: str = "    ") -> str:
        return "\n".join(first_lines(paths, kind, target, hoisted, body_is_dict=True, indent=indent))

    def indented(lines: list[str]) -> str:
        return "\n".join("    " + line for line in lines)

    source = _READ.format(
        prefixes="\n".join(prefix_lines(hoisted, body_is_dict=True)),
        status=reading(decl.status_fields, "scalar", "raw_status"),
        task_id=reading(fields["task_id"], "scalar", "found", "        "),
        video_url=reading(fields["video_url"], "url", "video_url"),
        file_id=reading(fields["file_id"], "scalar", "file_id")
        + ("\n    if file_id is not None:\n        file_id = str(file_id)" if fields["file_id"] else ""),
        error=reading(fields["error"], "value", "said", "        "),
        progress=reading(fields["progress"], "value", "done", "        "),
        # `state in a_set` would hash the enum member in Python code: identity tests are a tenth of that
        terminal=" or ".join(f"state is _{state.name}" for state in _TERMINAL),
        others="\n".join(_other_status_lines(decl, hoisted)),
        content_url=_content_url(decl.content_url),
        int_progress="float(done)" if decl.progress_scale == "fraction" else "done / 100.0",
        expires_at="\n".join(_timestamp_lines("expires_at", fields["expires_at"], hoisted)),
        created_at="\n".join(_timestamp_lines("created_at", fields["created_at"], hoisted)),
        finished_at=indented(_timestamp_lines("finished_at", fields["finished_at"], hoisted)),
    )
    namespace: dict[str, Any] = {
        **NAMESPACE,
        "family": decl.family, "lookup": decl.status_lookup, "spelled": _spelled(decl),
        "_PERCENTS": _percents(), "_MISSING": _MISSING, "scale": decl.progress_scale, "zone": decl.timezone,
        "content_url": decl.content_url, "second_call": decl.result is not None,
        "_task": VideoTask, "_new": tuple.__new__,
        **{f"_{state.name}": state for state in TaskState},
        "_NO_URL": NO_URL, "_NOT_OBJECT": _NOT_OBJECT,
        "_NO_STATUS": _no_status(decl.family),
        "_UNKNOWN_STATUS": _unknown_status(decl.family),
        "_warn_once": warn_once, "_error_text": _error_text, "_parse_progress": parse_progress,
        "_parse_timestamp": parse_timestamp, "_parse_text": _parse_text,
        "_url_expiry": url_expiry,
    }  # fmt: skip
    exec(compile(source, f"<videotask reader: {decl.family}>", "exec"), namespace)
    read: Reader = namespace["read"]
    read.source = source  # type: ignore[attr-defined]
    return read


def normalize(family: str, body: Any, *, task_id: str | None = None, base_url: str | None = None) -> VideoTask:
    """One VideoTask from one response body of `family`'s query. Pure: no I/O, never raises on a body's
    content (an unknown family raises UnknownFamily)."""
    return resolve_family(family).reader(body, task_id, base_url)
