"""body -> VideoTask, pure: where each value lives comes from the family's declaration.

`compile_reader` turns a declaration, once per family, into one function with straight-line accessors
(adapters._paths.compile_first); `normalize(family, body)` is that function for a family name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote

from adapters._declarations import FamilyDeclaration
from adapters._log import warn_once
from adapters._paths import compile_first
from adapters._task import TaskState, VideoTask
from adapters._time import parse_timestamp

__all__ = ["NO_URL", "compile_reader", "normalize", "parse_progress", "url_expiry"]

NO_URL = "the task finished but the response names no video URL"
_INTEGER = re.compile(r"[+-]?\d+")
_TERMINAL = frozenset(state for state in TaskState if state.is_terminal)
Reader = Callable[..., VideoTask]


def parse_progress(value: Any, scale: str = "auto") -> float | None:
    """ "45%", 45, 45.0 and 0.45 -> 0.45, clamped to 0..1; ints are percent, floats up to 1 are fractions."""
    kind = value.__class__
    if kind is int:
        number, percent = float(value), scale != "fraction"
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
    if isinstance(value, dict):
        code = next((value[k] for k in ("code", "status_code", "type") if value.get(k) not in (None, "")), None)
        if code in (0, "0"):
            return None  # an answer's status object saying all is well (MiniMax's base_resp, Kling's code 0)
        message = value.get("message") or value.get("msg") or value.get("status_msg")
        text = ": ".join(str(part) for part in (code, message) if part not in (None, ""))
        return text or None
    if isinstance(value, str | int | float) and not isinstance(value, bool) and value not in ("", 0):
        return str(value)
    return None


_EXPIRY_KEYS = frozenset(
    {"x-tos-date", "x-tos-expires", "x-amz-date", "x-amz-expires", "x-goog-date", "x-goog-expires", "x-expires",
     "expires"}
)  # fmt: skip


def _signed_at(text: str) -> datetime | None:
    """`20250829T165122Z` (the signing date of TOS, S3 and GCS URLs); strptime costs 20x this."""
    if len(text) != 16 or text[8] != "T" or text[15] != "Z" or not (text[:8] + text[9:15]).isdigit():
        return None
    try:
        return datetime(
            int(text[:4]), int(text[4:6]), int(text[6:8]), int(text[9:11]), int(text[11:13]), int(text[13:15]),
            tzinfo=UTC,
        )  # fmt: skip
    except ValueError:
        return None


def url_expiry(url: str) -> datetime | None:
    """Signed URLs say when they expire: X-Tos/X-Amz date + lifetime, or an absolute `x-expires`/`Expires`.
    Runs on every finished task, so it looks at the query only when the URL names an expiry at all."""
    query_text = url.partition("?")[2].partition("#")[0]
    if "expires" not in query_text.lower():
        return None
    query: dict[str, str] = {}
    for pair in query_text.split("&"):
        name, _, value = pair.partition("=")
        name = name.lower()
        if name in _EXPIRY_KEYS and name not in query:
            query[name] = unquote(value) if "%" in value else value
    for prefix in ("x-tos-", "x-amz-", "x-goog-"):
        signed, lifetime = query.get(prefix + "date"), query.get(prefix + "expires")
        if signed and lifetime and lifetime.isdigit():
            start = _signed_at(signed)
            if start is not None:
                return start + timedelta(seconds=int(lifetime))
    absolute = query.get("x-expires") or query.get("expires")
    return parse_timestamp(absolute) if absolute and absolute.isdigit() else None


def compile_reader(decl: FamilyDeclaration) -> Reader:
    """The family's `read(body, task_id=None, base_url=None) -> VideoTask`, accessors compiled once.

    Pure: no I/O, never raises on a body's content. `task_id` (the id that was asked for) wins over the
    body's; `base_url` completes a `content_url` when a finished task names no URL. A success whose URL needs
    a second call (`result`) stays SUCCEEDED with no URL and keeps its `file_id` for that call.
    """
    family, lookup, scale, zone = decl.family, decl.status_lookup, decl.progress_scale, decl.timezone
    fields = decl.fields
    status_of = compile_first(decl.status_fields, "scalar", "status")
    others = [compile_first([path], "scalar", "status") for path in decl.status_fields[1:]]
    id_of = compile_first(fields["task_id"], "scalar", "task_id")
    url_of = compile_first(fields["video_url"], "url", "video_url")
    progress_of = compile_first(fields["progress"], "value", "progress")
    error_of = compile_first(fields["error"], "value", "error")
    created_of = compile_first(fields["created_at"], "value", "created_at")
    finished_of = compile_first(fields["finished_at"], "value", "finished_at")
    expires_of = compile_first(fields["expires_at"], "value", "expires_at")
    file_of = compile_first(fields["file_id"], "scalar", "file_id")
    content_url, second_call = decl.content_url, decl.result is not None
    succeeded, unknown = TaskState.SUCCEEDED, TaskState.UNKNOWN

    def read(body: Any, task_id: str | None = None, base_url: str | None = None) -> VideoTask:
        if not isinstance(body, dict):
            return VideoTask(
                family, task_id or "", unknown, None, None, None, "response is not a JSON object",
                None, None, None, body,
            )  # fmt: skip
        raw_status = status_of(body)
        if raw_status is None:
            state = unknown
            warn_once(("no status", family), f"{family}: response has no status field; state UNKNOWN")
        else:
            raw_status = str(raw_status)
            state = lookup.get(raw_status.casefold()) or unknown
            if others and state not in _TERMINAL:
                # two vocabularies in one body (a relay's envelope around the upstream's): the first present
                # word wins unless another says the task is over (a gateway's timeout sweep, an upstream cancel)
                for other in others:
                    word = other(body)
                    final = None if word is None else lookup.get(str(word).casefold())
                    if final in _TERMINAL:
                        raw_status, state = str(word), final
                        break
            if state is unknown and raw_status.casefold() not in lookup:
                warn_once(
                    ("unknown status", family, raw_status),
                    f"{family}: unknown status {raw_status!r}; state UNKNOWN, not final",
                )
        if not task_id:
            found = id_of(body)
            task_id = "" if found is None else str(found)
        video_url = url_of(body)
        file_id = file_of(body)
        if file_id is not None:
            file_id = str(file_id)
        error = None
        if state is succeeded and video_url is None:
            if content_url and task_id:
                video_url = (base_url or "").rstrip("/") + content_url.format(task_id=task_id)
            elif not (second_call and file_id):
                state, error = TaskState.FAILED, NO_URL
        if state is succeeded:
            progress: float | None = 1.0
        else:
            error = error or _error_text(error_of(body))
            progress = parse_progress(progress_of(body), scale)
        expires_at = parse_timestamp(expires_of(body), zone)
        if expires_at is None and video_url:
            expires_at = url_expiry(video_url)
        return VideoTask(
            family, task_id, state, raw_status, progress, video_url, error,
            parse_timestamp(created_of(body), zone),
            parse_timestamp(finished_of(body), zone) if state in _TERMINAL else None,  # new-api fills it early
            expires_at, body,
            file_id,
        )  # fmt: skip

    return read


def normalize(family: str, body: Any, *, task_id: str | None = None, base_url: str | None = None) -> VideoTask:
    """One VideoTask from one response body of `family`'s query. Pure: no I/O, never raises on a body's
    content (an unknown family raises UnknownFamily)."""
    from adapters._families import family as resolve

    return resolve(family).reader(body, task_id, base_url)
