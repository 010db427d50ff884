"""Vendor extension keys (`x-apifox-*`, `x-run-in-apifox`, ...) carry editor state, not API meaning."""

from __future__ import annotations

from typing import Any

__all__ = ["strip_vendor_keys"]

_NAME_MAPS = {"properties", "patternProperties", "$defs", "definitions", "examples"}


def strip_vendor_keys(node: Any, *, names: bool = False) -> Any:
    """Drop `x-*` keys everywhere except where a key is a name (a property called `x-id` stays)."""
    if isinstance(node, list):
        return [strip_vendor_keys(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: strip_vendor_keys(value, names=not names and key in _NAME_MAPS and isinstance(value, dict))
        for key, value in node.items()
        if names or not str(key).startswith("x-")
    }
