"""Hand-written pages from static site generators, as Markdown source or as text: VitePress (colon-style
routes in `**接口地址:**`, pipe tables with or without the leading `|`, `└ ` nested fields, a table of routes
when a page covers several endpoints, Apifox YAML pasted with its indentation lost), Docusaurus (`请求方法:`
with the value on the next line, tables that lost their separators), GitBook (blockquoted addresses, escaped
underscores) and Nextra (inline-code routes, compact JSON). The fallback for any page that states a route."""

from __future__ import annotations

import re

from codegen.model import RawDoc
from codegen.readers._page import read_page

__all__ = ["detect", "read"]

_SITES = (
    ("gitbook", r"^> `?https?://|Agent Instructions|^\*\*\*\s*$"),
    ("docusaurus", r"On this page|跳到主要内容|跳轉到主要內容|^\s*\d+\.\s*\S*请求说明|NameTypeRequired"),
    ("vitepress", r"^\s*└ |接口地址|^(?:主题|切换主题)\s*$|\}cURL|Method: [A-Z]+Endpoint"),
    ("nextra", r"^(?:Copy|Copy code)\s*$|^```(?:http|bash) copy"),
)


def detect(text: str) -> bool:
    from codegen.readers._text import find_routes

    return bool(find_routes(text))


def site(text: str) -> str:
    return next((name for name, mark in _SITES if re.search(mark, text, re.M)), "markdown")


def _prepare(text: str) -> str:
    text = text.replace("\\_", "_")
    text = re.sub(r"Method: ([A-Z]+)Endpoint:", r"\1", text)
    # Apifox YAML pasted without indentation: `/x/{id}:` then `get:` -> `GET /x/{id}`
    return re.sub(r"^(/[^\s:]+):\s*\n\s*(get|post|put|delete|patch):\s*$", lambda m: f"{m[2].upper()} {m[1]}", text)


def read(text: str, source: str) -> RawDoc:
    return read_page(text, source, site(text), _prepare)
