"""Responses against the specs' schemas: a compiled validator per family and status, a fast accepting path,
and a detailed report (JSON path, message, the schema that failed, the value) only when a body fails."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from videotask._resolve import family as resolve_family

if TYPE_CHECKING:
    from videotask._families import Family, Operation

__all__ = ["Violation", "report", "validate", "violations"]


@frozen
class Violation:
    path: str  # JSON path into the body, e.g. `$.data.status`
    message: str
    schema: Any = field(default=None, eq=False)  # the (sub)schema whose keyword failed
    value: Any = field(default=None, eq=False)  # the value at `path`

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _json_path(parts: Any) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def _subschema(root: Any, schema_path: Any) -> Any:
    node = root
    for part in list(schema_path)[:-1]:  # the last part is the failing keyword itself
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _short(message: str, limit: int = 300) -> str:
    """jsonschema-rs quotes the whole failing value; a 200 KB string is no use in a log line."""
    return message if len(message) <= limit else message[: limit - 1] + "…"


def validate(family: str, body: Any, status: int = 200, operation: str | None = None) -> list[Violation]:
    """Every way `body` breaks the family's schema for an HTTP `status` response of `operation` (an operation
    id; the default query when None); empty when it is valid."""
    found = _VALIDATORS.get((family, status, operation))
    if found is None:
        resolved = resolve_family(family)
        op = resolved.query() if operation is None else resolved.operation(operation)
        found = _VALIDATORS[family, status, operation] = resolved.validator(op, status)
    return _unwrapped(resolve_family(family), found, body)


# validate() by name: (family, status, operation) -> the Family's compiled validator and schema, looked up once
# (families are resolved once and kept; a CI job validating recorded bodies calls this per body)
_VALIDATORS: dict[tuple[str, int, str | None], tuple[Any, dict[str, Any]]] = {}


def violations(fam: Family, operation: Operation, body: Any, status: int = 200) -> list[Violation]:
    """`validate` for a resolved family and operation: what the gateways call on every response."""
    return _unwrapped(fam, fam.validator(operation, status), body)


def _unwrapped(fam: Family, found: tuple[Any, dict[str, Any]], body: Any) -> list[Violation]:
    """The report on `body`; for a body in one of the family's wrappers (the spec describes the upstream's own
    answer), the report on the upstream answer it keeps, or none when the wrapper keeps none."""
    problems = report(*found, body)
    if problems:
        wrapped, kept = fam.unwrap(body)
        if wrapped:
            return [] if kept is None else report(*found, kept)
    return problems


def report(validator: Any, schema: dict[str, Any], body: Any) -> list[Violation]:
    """Every way `body` breaks a compiled `validator` (of `schema`): the one report, for responses and requests."""
    try:
        if validator.is_valid(body):
            return []
        return [
            Violation(_json_path(e.instance_path), _short(e.message), _subschema(schema, e.schema_path), e.instance)
            for e in validator.iter_errors(body)
        ]
    except ValueError as exc:  # jsonschema-rs: "Recursion limit reached" on values nested thousands deep
        return [Violation("$", f"cannot be validated: {_short(str(exc))}")]
