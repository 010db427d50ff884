"""The one date parser: unix seconds or milliseconds, ISO 8601, HTTP dates; every result in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from email.utils import parsedate_to_datetime
from typing import Any

__all__ = ["parse_http_date", "parse_timestamp"]

_MS_THRESHOLD = 100_000_000_000  # 5138 AD in seconds, March 1973 in milliseconds


def parse_http_date(text: str) -> datetime | None:
    """`Sun, 06 Nov 1994 08:49:37 GMT` (Retry-After, Expires) -> an aware UTC datetime, or None."""
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def parse_timestamp(value: Any, zone: tzinfo = UTC) -> datetime | None:
    """Unix seconds or milliseconds (by magnitude), numeric strings, ISO 8601 or HTTP dates; 0 and "" are
    None. A text time written without a zone is in `zone` (the family's declared one; UTC unless it says)."""
    if value is None or value.__class__ is bool:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            return _parse_text(text, zone)
    if not isinstance(value, int | float) or not value > 0:  # 0, negatives and NaN name no time
        return None
    try:
        seconds = value / 1000.0 if value >= _MS_THRESHOLD else value  # an int past any float overflows here
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):  # past the calendar's end, or infinite
        return None


def _parse_text(text: str, zone: tzinfo) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return parse_http_date(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    if parsed.tzinfo is UTC:  # `Z` and `+00:00` read as UTC itself
        return parsed
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 moved past the calendar's edge by its offset
        return None
