"""Mintlify pages as text: the verb, then the route one segment per line (base URL first), the title, an
auto-generated curl, the example response (placeholders such as `"<string>"`), then `Authorizations` /
`Path Parameters` / `Response` with `200 - application/json` and field runs (`required` / `必填`).
The raw `.md` export (a four-backtick OpenAPI block) is read by openapi_export."""

from __future__ import annotations

import re

from codegen.model import RawDoc
from codegen.readers._page import read_page

__all__ = ["detect", "read"]

_MARKS = (
    r"^(?:GET|POST|PUT|DELETE|PATCH)\s*\n(?:https?://\S+\s*\n)?/\s*\n",
    r"llms\.txt|Documentation Index",
    r"^\s*\d{3}\s*-\s*application/json\s*$",
    r"(?:Available options|可用选项|可用選項|사용 가능한 옵션)\s*[:：]",
)


def detect(text: str) -> bool:
    return any(re.search(mark, text, re.M) for mark in _MARKS)


def read(text: str, source: str) -> RawDoc:
    return read_page(text, source, "mintlify")
