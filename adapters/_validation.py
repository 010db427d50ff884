"""Responses against the specs' schemas: a compiled validator per family, a fast accepting path, and a
detailed report (JSON path + message) only when a body fails."""

from __future__ import annotations

import functools
from typing import Any

from attrs import frozen

from adapters._families import response_schema

__all__ = ["Violation", "validate"]


@frozen
class Violation:
    path: str  # JSON path into the body, e.g. `$.data.status`
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@functools.cache
def _validator(family: str) -> Any:
    import jsonschema_rs  # compiled once per family, on first use

    return jsonschema_rs.Draft202012Validator(response_schema(family))


def _json_path(parts: Any) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def validate(family: str, body: Any) -> list[Violation]:
    """Every way `body` breaks the family's response schema; empty when it is valid."""
    validator = _validator(family)
    if validator.is_valid(body):
        return []
    return [Violation(_json_path(e.instance_path), e.message) for e in validator.iter_errors(body)]
