"""Apifox-built web pages as text: the hosted page (verb alone on a line, the URL under it, `请求参数` /
`Request`, field runs with `必需`/`required` and `示例值:`, `返回响应` / `Responses` with `🟢200成功`), plain
static HTML built from Apifox (`GET http://host/x`, glued tables) and custom static sites (`方法: POST`,
`地址: <URL>`, `返回示例 🟢200成功 示例 {json}`)."""

from __future__ import annotations

import re

from codegen.model import RawDoc
from codegen.readers._page import read_page

__all__ = ["detect", "read"]

_MARKS = (
    r"🟢\s*\d{3}",
    r"^\s*(?:返回响应|Responses)\s*$",
    r"示例值[:：]",
    r"(?:修改于|Modified at|最后修改时间|最后更新)",
    r"^\s*(?:Header|Body|Path|Query)\s*Params",
    r"^\s*(?:[-*]\s*)?(?:方法|Method)\s*[:：]\s*(?:GET|POST)\b",
    r"^[ \t]*(?:GET|POST|PUT|DELETE|PATCH)[ \t]+https?://",
)


def detect(text: str) -> bool:
    return sum(1 for mark in _MARKS if re.search(mark, text, re.M)) >= 1


def _prepare(text: str) -> str:
    text = re.sub(r"🟢\s*(\d{3})", r"\n\1 ", text)  # `返回示例 🟢200成功 示例 {json}`: the code starts a line
    text = re.sub(r"^(\s*(?:[-*]\s*)?)(?:方法|Method)\s*[:：]\s*([A-Z]+)\s*$", r"\1\2", text)
    return re.sub(r"(?<=[}\]])\s*(最后更新|修改于|Modified at)", r"\n\1", text)


def read(text: str, source: str) -> RawDoc:
    return read_page(text, source, "apifox-web", _prepare)
