"""Readers: one per rendering of a gateway doc, each yielding a RawDoc.

A reader recognises its rendering by structure (a fenced OpenAPI block, `原始 Schema` sections, Apifox
`Method`/`Path` header lines), never by a particular seed's content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from codegen.model import RawDoc, ReadError
from codegen.readers import apifox_text, newapi_page, openapi_export

__all__ = ["read_doc", "read_text"]

# Most specific first: an OpenAPI export is unambiguous; new-api pages also have Method lines.
_READERS: tuple[tuple[Callable[[str], bool], Callable[[str, str], RawDoc]], ...] = (
    (openapi_export.detect, openapi_export.read),
    (newapi_page.detect, newapi_page.read),
    (apifox_text.detect, apifox_text.read),
)


def read_text(text: str, source: str) -> RawDoc:
    if not text.strip():
        raise ReadError(f"{source}: empty file, not an API doc")
    for detect, read in _READERS:
        if detect(text):
            doc = read(text, source)
            if not doc.operations:
                raise ReadError(f"{source}: {doc.rendering} rendering, but it declares no operation")
            return doc
    raise ReadError(
        f"{source}: not a gateway API doc (no OpenAPI block, no Apifox Method/Path header, "
        "no new-api 原始 Schema section)"
    )


def read_doc(path: Path) -> RawDoc:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read: {exc.strerror}") from None
    if b"\x00" in data:
        raise ReadError(f"{path}: binary file, not an API doc")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadError(f"{path}: not UTF-8 text, not an API doc") from None
    return read_text(text.replace("\r\n", "\n"), str(path))
