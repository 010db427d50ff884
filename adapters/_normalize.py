"""body -> VideoTask, pure: where each value lives comes from the family's declaration."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import unquote

from adapters._declarations import FamilyDeclaration, Path
from adapters._families import declaration
from adapters._log import warn_once
from adapters._task import TaskState, VideoTask

__all__ = ["normalize", "parse_progress", "parse_timestamp"]

_MS_THRESHOLD = 100_000_000_000  # 5138 AD in seconds, March 1973 in milliseconds


def _at(body: Any, path: Path) -> Any:
    node = body
    for part in path:
        if isinstance(part, int) and isinstance(node, list) and -len(node) <= part < len(node):
            node = node[part]
        elif isinstance(node, dict) and str(part) in node:
            node = node[str(part)]
        else:
            return None
    return node


def _first(body: Any, paths: Iterable[Path]) -> Any:
    for path in paths:
        value = _at(body, path)
        if value is not None and value != "":
            return value
    return None


def parse_progress(value: Any, scale: str = "auto") -> float | None:
    """ "45%", 45, 45.0 and 0.45 -> 0.45, clamped to 0..1; ints are percent, floats up to 1 are fractions."""
    if isinstance(value, bool) or value is None:
        return None
    percent = False
    if isinstance(value, str):
        text = value.strip()
        percent = text.endswith("%")
        try:
            number = float(text.rstrip("%").strip())
        except ValueError:
            return None
        if not percent and re.fullmatch(r"[+-]?\d+", text):
            value = int(text)
    elif isinstance(value, int | float):
        number = float(value)
    else:
        return None
    if math.isnan(number) or math.isinf(number):
        return None
    if percent or scale == "percent" or (scale == "auto" and (isinstance(value, int) or number > 1.0)):
        number /= 100.0
    return min(max(number, 0.0), 1.0)


def parse_timestamp(value: Any) -> datetime | None:
    """Unix seconds or milliseconds (by magnitude), numeric strings, ISO 8601 or HTTP dates; 0 and "" are None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            return _parse_date_text(text)
    if not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        return None
    seconds = value / 1000.0 if value >= _MS_THRESHOLD else float(value)
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _parse_date_text(text: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    # naive times in these APIs are the gateway's clock; without a zone we can only call them UTC
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(("https://", "http://"))


def _error_text(value: Any) -> str | None:
    if isinstance(value, dict):
        message = value.get("message") or value.get("msg")
        code = value.get("code") or value.get("type")
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


def _url_expiry(url: str) -> datetime | None:
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


def normalize(family: str, body: Any, *, task_id: str | None = None, base_url: str | None = None) -> VideoTask:
    """One VideoTask from one response body. Pure: no I/O, never raises on a body's content.

    `task_id` (the id that was asked for) wins over the body's; `base_url` completes a family's
    `content_url` when a finished task names no URL.
    """
    spec = declaration(family)
    if not isinstance(body, dict):
        return _task(spec, task_id or "", TaskState.UNKNOWN, None, body, error="response is not a JSON object")
    raw_status = _first(body, spec.status_fields)
    raw_status = None if raw_status is None or isinstance(raw_status, dict | list) else str(raw_status)
    if raw_status is None:
        state = TaskState.UNKNOWN
        warn_once(("no status", family), f"{family}: response has no status field; state UNKNOWN")
    else:
        mapped = spec.state_of(raw_status)
        if mapped is None:
            warn_once(
                ("unknown status", family, raw_status),
                f"{family}: unknown status {raw_status!r}; state UNKNOWN, not final",
            )
        state = mapped or TaskState.UNKNOWN
    found_id = _first(body, spec.fields["task_id"])
    task_id = task_id or (str(found_id) if isinstance(found_id, str | int) else "")
    video_url = next((v for p in spec.fields["video_url"] if _is_url(v := _at(body, p))), None)
    error = None if state is TaskState.SUCCEEDED else _error_text(_first(body, spec.fields["error"]))
    if state is TaskState.SUCCEEDED and video_url is None:
        if spec.content_url and task_id:
            video_url = (base_url or "").rstrip("/") + spec.content_url.format(task_id=task_id)
        else:
            state, error = TaskState.FAILED, "the task finished but the response names no video URL"
    return _task(spec, task_id, state, raw_status, body, video_url=video_url, error=error)


def _task(
    spec: FamilyDeclaration,
    task_id: str,
    state: TaskState,
    raw_status: str | None,
    body: Any,
    *,
    video_url: str | None = None,
    error: str | None = None,
) -> VideoTask:
    fields = spec.fields if isinstance(body, dict) else dict.fromkeys(spec.fields, ())
    progress = (
        1.0 if state is TaskState.SUCCEEDED else parse_progress(_first(body, fields["progress"]), spec.progress_scale)
    )
    expires_at = parse_timestamp(_first(body, fields["expires_at"]))
    if expires_at is None and video_url:
        expires_at = _url_expiry(video_url)
    return VideoTask(
        family=spec.family,
        task_id=task_id,
        state=state,
        raw_status=raw_status,
        progress=progress,
        video_url=video_url,
        error=error,
        created_at=parse_timestamp(_first(body, fields["created_at"])),
        finished_at=parse_timestamp(_first(body, fields["finished_at"])),
        expires_at=expires_at,
        raw=body,
    )
