"""Applies a family override (specs/overrides/<family>.yaml) to the pipeline: data in, spec out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from videotask.definitions import Override, Shape, load_override, parse_shapes

__all__ = ["load_override_file", "load_shapes", "make_opaque"]


def _load(path: Path) -> tuple[Any, list[str]]:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader), []
    except (OSError, yaml.YAMLError) as exc:
        return None, [f"{path}: {str(exc).splitlines()[0]}"]


def load_override_file(path: Path) -> tuple[Override | None, list[str]]:
    """The family's whole reading: its override with its upstream's and wrappers' words and paths (the data
    folders beside it), read the way the runtime reads it."""
    return load_override(path.stem, path.parent.parent)


def load_shapes(path: Path, override: Override) -> tuple[tuple[Shape, ...], list[str]]:
    data, errors = _load(path)
    if errors:
        return (), errors
    return parse_shapes(data, path.stem, {op.id: op.role for op in override.operations})


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
