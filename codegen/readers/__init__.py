"""Readers: one per structural family of renderings of a gateway doc, each yielding a RawDoc.

A reader recognises its rendering by structure (a fenced OpenAPI block, `原始 Schema` sections, Apifox
`Method`/`Path` header lines, `**Method**:` lines, a verb over a route split one segment per line, ...), never
by a particular seed's content. Every reader that recognises a page reads it; the richest result wins (more
operations, then more examples and schemas, then more parameters); on a tie the more specific reader wins.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from codegen.model import RawDoc, ReadError
from codegen.readers import (
    apifox_markdown,
    apifox_text,
    apifox_web,
    fumadocs,
    mintlify,
    newapi_page,
    openapi_export,
    prose,
)

__all__ = ["read_doc", "read_text", "richness"]

# Most specific first: on equal richness the earlier reader wins.
_READERS: tuple[tuple[Callable[[str], bool], Callable[[str, str], RawDoc]], ...] = (
    (openapi_export.detect, openapi_export.read),
    (newapi_page.detect, newapi_page.read),
    (apifox_text.detect, apifox_text.read),
    (apifox_markdown.detect, apifox_markdown.read),
    (mintlify.detect, mintlify.read),
    (fumadocs.detect, fumadocs.read),
    (apifox_web.detect, apifox_web.read),
    (prose.detect, prose.read),
)
# the three renderings the pipeline was built on: when one of them reads a page, heuristics never replace it
_EXACT = 3


def richness(doc: RawDoc) -> tuple[int, int, int, int]:
    """(operations, operations with a 2xx example or schema, examples, parameters)."""
    usable = examples = params = 0
    for op in doc.operations:
        success = [r for r in op.responses if r.status.startswith("2")]
        usable += any(r.examples or (r.schema and r.schema.get("properties")) for r in success)
        examples += sum(len(r.examples) for r in success)
        params += len(op.parameters)
    return len(doc.operations), usable, examples, params


def read_text(text: str, source: str) -> RawDoc:
    if not text.strip():
        raise ReadError(f"{source}: empty file, not an API doc")
    best: RawDoc | None = None
    first_error: ReadError | None = None
    for index, (detect, read) in enumerate(_READERS):
        if not detect(text):
            continue
        try:
            doc = read(text, source)
        except ReadError as exc:
            first_error = first_error or exc
            continue
        if not doc.operations:
            first_error = first_error or ReadError(f"{source}: {doc.rendering} rendering, but it declares no operation")
            continue
        if best is None or richness(doc) > richness(best):
            best = doc
        if index < _EXACT and richness(doc)[1]:
            break
    if best is not None:
        return best
    if first_error is not None:
        raise first_error
    raise ReadError(
        f"{source}: not a gateway API doc (no method and route, no OpenAPI block, no Apifox or new-api sections)"
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
