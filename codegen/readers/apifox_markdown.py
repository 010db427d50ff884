"""Apifox Markdown export (`api-<id>.md`): `**Method**:` / `**Endpoint**:` lines (zh: `**方法**` / `**路径**`),
`### Body Parameters` sections each holding a ```text block of field runs, `## Response` / `### 🟢 200`, then
`#### Example` with a ```json block (possibly one token per line or with `//` comments)."""

from __future__ import annotations

import re

from codegen.model import RawDoc
from codegen.readers._page import read_page

__all__ = ["detect", "read"]

_MARK = re.compile(r"(?m)^\*\*(?:Method|方法|請求方法|메서드)\*\*\s*[:：]\s*`?[A-Z]+`?")


def detect(text: str) -> bool:
    return bool(_MARK.search(text))


def _prepare(text: str) -> str:
    # `**Method**: `GET`` + `**Endpoint**: `/x`` -> one header line the route finder reads
    return re.sub(r"(?m)^\*\*(?:Method|方法|請求方法|메서드)\*\*\s*[:：]\s*`?([A-Z]+)`?\s*$", r"\1", text)


def read(text: str, source: str) -> RawDoc:
    return read_page(text, source, "apifox-markdown", _prepare)
