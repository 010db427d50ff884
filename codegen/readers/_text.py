"""Small text helpers shared by the readers."""

from __future__ import annotations

import json
import re
from typing import Any

from codegen.model import ReadError

__all__ = ["METHODS", "json_after", "parse_example_data", "section_json"]

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_DECODER = json.JSONDecoder()


def json_after(text: str, pos: int, source: str, what: str) -> tuple[Any, int]:
    """Decode the JSON value that starts at the first `{` or `[` at or after `pos`."""
    match = re.compile(r"[\[{]").search(text, pos)
    if match is None:
        raise ReadError(f"{source}: no JSON value after {what}")
    try:
        value, end = _DECODER.raw_decode(text, match.start())
    except json.JSONDecodeError as exc:
        raise ReadError(f"{source}: {what} holds malformed JSON ({exc.msg} at char {exc.pos})") from None
    return value, end


def section_json(text: str, heading: str, source: str) -> Any | None:
    """The JSON value under a line that reads exactly `heading`, or None when there is no such section."""
    match = re.search(rf"(?m)^[ \t]*{re.escape(heading)}[ \t]*$", text)
    if match is None:
        return None
    return json_after(text, match.end(), source, f"section {heading}")[0]


def parse_example_data(data: Any) -> tuple[bool, Any]:
    """Apifox stores an example as a JSON document inside a JSON string; (ok, value)."""
    if not isinstance(data, str):
        return True, data
    if not data.strip():
        return False, None
    try:
        return True, json.loads(data)
    except json.JSONDecodeError:
        return False, None
