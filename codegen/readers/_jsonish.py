"""One decoder for the JSON the docs print: `//` comments, trailing commas, JSON inside a string with `\\r\\n`
escapes, one token per line, keys with trailing spaces, JSON glued to the text after it.

`find_values` scans free text for every JSON object or array in it; `loads` decodes one value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["find_values", "loads", "strip_keys"]

_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_CLOSE = {"{": "}", "[": "]"}


def _uncomment(text: str) -> str:
    """Drop `//` and `/* */` comments outside strings (a URL's `//` is inside a string)."""
    out: list[str] = []
    i, n, in_string = 0, len(text), False
    while i < n:
        ch = text[i]
        if in_string:
            out.append(ch)
            if ch == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 1
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
            out.append(ch)
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def strip_keys(value: Any) -> Any:
    """`{"prompt ": 1}` -> `{"prompt": 1}`: a key's stray spaces are typing slips, never meaning."""
    if isinstance(value, dict):
        return {str(k).strip(): strip_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strip_keys(v) for v in value]
    return value


def loads(text: str) -> Any:
    """Decode one JSON-ish value; raises ValueError when no reading of the text is JSON."""
    text = text.strip().lstrip("\ufeff")
    attempts = [text]
    if "\\r\\n" in text or '\\"' in text:  # JSON that was held in a string, escapes left in
        attempts.append(text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\t", " ").replace('\\"', '"'))
    for attempt in attempts:
        for candidate in (attempt, _TRAILING_COMMA.sub(r"\1", _uncomment(attempt))):
            try:
                value = json.loads(candidate)
            except json.JSONDecodeError:
                continue
            if isinstance(value, str) and value.strip()[:1] in {"{", "["}:
                try:
                    return loads(value)  # JSON inside a JSON string
                except ValueError:
                    return value
            return strip_keys(value)
    raise ValueError("not JSON")


def balanced_end(text: str, start: int) -> int:
    """Index just past the bracket closing the one at `start` (strings and `//` comments respected), or -1."""
    stack: list[str] = []
    i, n = start, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif text.startswith("//", i) and (i == 0 or text[i - 1] != ":"):
            while i < n and text[i] != "\n":
                i += 1
            continue
        elif ch in _CLOSE:
            stack.append(_CLOSE[ch])
        elif ch in "}]":
            if not stack or stack.pop() != ch:
                return -1
            if not stack:
                return i + 1
        i += 1
    return -1


def find_values(text: str, start: int = 0, stop: int | None = None) -> Iterator[tuple[int, int, Any]]:
    """(start, end, value) for each outermost JSON object or array in text[start:stop], in order."""
    stop = len(text) if stop is None else stop
    i = start
    while i < stop:
        match = re.compile(r"[\[{]").search(text, i, stop)
        if match is None:
            return
        begin = match.start()
        end = balanced_end(text, begin)
        if end < 0 or end > stop:
            i = begin + 1
            continue
        try:
            value = loads(text[begin:end])
        except ValueError:
            i = begin + 1
            continue
        if isinstance(value, (dict, list)):
            yield begin, end, value
            i = end
        else:
            i = begin + 1
