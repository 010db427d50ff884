"""fumadocs (new-api's official docs) and vitepress-openapi operation pages as text: an `Authorization` /
`BearerAuth` / `In: header` block, fields as `name*type` / `name?type` / `nameRequiredstring` or runs of
lines, `Response Body` with one media line per code, and a route that may appear only inside the curl.
Pages with `原始 Schema` sections are read by newapi_page."""

from __future__ import annotations

import re

from codegen.model import RawDoc
from codegen.readers._page import read_page

__all__ = ["detect", "read"]

_MARKS = (
    r"^\s*In:\s*header\s*$",
    r"AuthorizationBearer|^\s*BearerAuth\s*$",
    r"^\s*Response Body\s*$",
    r"^\s*HTTP \(bearer\)\s*$",
    r"^\s*Valid values\s*$",
)


def detect(text: str) -> bool:
    return any(re.search(mark, text, re.M) for mark in _MARKS)


def _prepare(text: str) -> str:
    # `Response Body` then media lines, then the curl and every code's body with no labels: mark them
    return re.sub(r"^\s*Response Body\s*$", "Response", text)


def read(text: str, source: str) -> RawDoc:
    return read_page(text, source, "fumadocs", _prepare)
