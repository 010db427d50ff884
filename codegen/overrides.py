"""Applies a family override (specs/overrides/<family>.yaml) to the pipeline: data in, spec out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from videotask.definitions import Override, load_override

__all__ = ["load_override_file", "make_opaque"]


def load_override_file(path: Path) -> tuple[Override | None, list[str]]:
    """The family's whole reading: its override with its upstream's and wrappers' words and paths (the data
    folders beside it), read the way the runtime reads it."""
    return load_override(path.stem, path.parent.parent)


def make_opaque(schema: dict[str, Any], dotted: str) -> tuple[dict[str, Any], bool]:
    """Replace the object at `dotted` with a free-form object; (schema, whether the path existed)."""
    head, _, rest = dotted.partition(".")
    props = schema.get("properties")
    if not isinstance(props, dict) or head not in props:
        return schema, False
    if rest:
        inner, found = make_opaque(props[head], rest)
    else:
        old = props[head]
        inner, found = (
            {"type": old.get("type", "object"), "description": "Upstream payload, kept verbatim."},
            True,
        )
    return {**schema, "properties": {**props, head: inner}}, found
