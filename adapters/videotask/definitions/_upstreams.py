"""Upstreams: `specs/upstreams/<upstream>.yaml`, one per upstream API (Kling, Ark, MiniMax, ...), written once.

A family names its upstream; its override then says only what the family adds (the words relays add to the
upstream's status field, the paths of relays' extra fields, the operations and names). `merge` gives the
family's whole reading: the upstream's status words and paths first, the override's after them. The upstream's
real answers (`answers:`) are the family's too: `videotask.definitions.load_shapes` gives them, first.
"""

from __future__ import annotations

from typing import Any

__all__ = ["merge"]

_TAKEN = ("content_url", "progress_scale", "timezone")  # the upstream's, unless the override says otherwise


def merge(override: dict[str, Any], upstream: dict[str, Any], family: str) -> tuple[dict[str, Any], list[str]]:
    """The override's data with its upstream's status words and field paths merged in; a word both files give,
    with different meanings, is an error."""
    errors: list[str] = []
    own = override.get("status") or {}
    values = dict(upstream["status"]["values"])
    for word, state in (own.get("values") or {}).items():
        if word in values and values[word] != state:
            errors.append(
                f"{family}: status {word!r} means {state} here but {values[word]} to upstream {upstream['upstream']}"
            )
        values[word] = state
    fields = {name: _listed(paths) for name, paths in (upstream.get("fields") or {}).items()}
    for name, paths in (override.get("fields") or {}).items():
        fields[name] = fields.get(name, []) + [p for p in _listed(paths) if p not in fields.get(name, [])]
    merged = dict(override)
    merged["status"] = {**own, "fields": own.get("fields", upstream["status"]["fields"]), "values": values}
    merged["fields"] = fields
    for key in _TAKEN:
        if key in upstream and key not in override:
            merged[key] = upstream[key]
    for key in (
        "result",
        "submit",
    ):  # the family names the result operation; where the answers hold things is the upstream's
        if key in upstream:
            merged[key] = {**upstream[key], **(override.get(key) or {})}
    return merged, errors


def _listed(paths: str | list[str]) -> list[str]:
    return [paths] if isinstance(paths, str) else list(paths)
