"""Data files against their JSON Schema (schemas/<kind>.schema.json, with the definitions every kind shares from
schemas/common.schema.json): every problem, each with its path.

A `oneOf` that fails says little by itself ("not valid under any of the schemas"), so the report follows the
branch that came closest (its deepest error) and says what is wrong there instead.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files
from typing import Any

__all__ = ["KINDS", "problems"]

KINDS = ("discovery", "override", "shapes", "relay", "upstream", "wrapper")
_SHOWN = 80  # characters of an offending value in a message


@functools.cache
def _validator(kind: str) -> Any:
    import jsonschema_rs  # compiled once per kind, when a file of that kind is first read

    schema = _schema(kind)
    schema["$defs"] = {**_schema("common")["$defs"], **schema.get("$defs", {})}  # what every kind shares
    return jsonschema_rs.validator_for(schema)


def _schema(name: str) -> Any:
    return json.loads((files(__package__) / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))


def problems(kind: str, data: Any, where: str) -> list[str]:
    """`where: path.to.value: what is wrong` for each problem of `data` as a `kind` file; [] when it is valid."""
    found: list[str] = []
    for error in _validator(kind).iter_errors(_json_keys(data)):
        error = _closest(error)
        path = ".".join(str(p) for p in error.instance_path) or "(top)"
        found.append(f"{where}: {path}: {_message(error)}")
    return found


def _closest(error: Any) -> Any:
    """For a failed oneOf/anyOf, the error of the branch that got furthest into the value."""
    branches = getattr(error.kind, "context", None) or []
    # a branch refused for its type (a mapping where text was wanted) says nothing about what the value meant
    candidates = [sub for branch in branches for sub in branch if type(sub.kind).__name__ != "Type"]
    if not candidates:
        return error
    best = max(candidates, key=lambda sub: len(sub.instance_path))
    return _closest(best) if len(best.instance_path) >= len(error.instance_path) else error


def _message(error: Any) -> str:
    shown = json.dumps(error.instance, ensure_ascii=False, default=str)
    text: str = error.message
    if len(shown) > _SHOWN:  # the validator starts its messages with the whole offending value
        text = text.replace(shown, shown[:_SHOWN] + "…", 1)
    return text


def _json_keys(value: Any) -> Any:
    """YAML lets keys be numbers or booleans and values be dates; JSON Schema sees JSON."""
    if isinstance(value, dict):
        return {str(k): _json_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_keys(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # a YAML date or time: text, as a JSON document would carry it
