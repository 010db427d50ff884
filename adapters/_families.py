"""Families: the declarations in specs/overrides, the spec's response schema, the generated operation.

Everything is loaded lazily, once per family, so `import adapters` stays cheap.
"""

from __future__ import annotations

import functools
import importlib
import os
from pathlib import Path
from types import ModuleType
from typing import Any

from adapters._declarations import FamilyDeclaration, parse_declaration
from adapters._errors import UnknownFamily

__all__ = ["SPECS_DIR", "declaration", "families", "operation_module", "response_schema"]


def _specs_dir() -> Path:
    override = os.environ.get("VIDEOTASK_SPECS_DIR")
    if override:
        return Path(override)
    packaged = Path(__file__).parent / "_specs"  # an installed wheel carries the specs here
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "specs"


SPECS_DIR = _specs_dir()


@functools.cache
def families() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in (SPECS_DIR / "overrides").glob("*.yaml")))


def _check(family: str) -> None:
    if family not in families():
        raise UnknownFamily(f"unknown family {family!r} (known: {', '.join(families())})")


def _load_yaml(path: Path) -> Any:
    import yaml  # here, not at import time: `import adapters` stays cheap

    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


@functools.cache
def declaration(family: str) -> FamilyDeclaration:
    _check(family)
    parsed, errors = parse_declaration(_load_yaml(SPECS_DIR / "overrides" / f"{family}.yaml"), family)
    if parsed is None:
        raise UnknownFamily(f"family {family!r} has an invalid declaration: {'; '.join(errors)}")
    return parsed


@functools.cache
def spec(family: str) -> dict[str, Any]:
    _check(family)
    loaded: dict[str, Any] = _load_yaml(SPECS_DIR / f"{family}.yaml")
    return loaded


def _operation(family: str) -> dict[str, Any]:
    wanted = declaration(family).operation_id
    for item in spec(family)["paths"].values():
        for op in item.values():
            if op.get("operationId") == wanted:
                return dict(op)
    raise UnknownFamily(f"family {family!r}: operation {wanted!r} is not in its spec")


def response_schema(family: str, status: int = 200) -> dict[str, Any]:
    """The schema of a response with `status` (its own entry, else `default`), self-contained (components
    beside it) for a JSON Schema validator."""
    responses = _operation(family)["responses"]
    response = responses.get(str(status)) or responses.get("default")
    if response is None:
        raise UnknownFamily(f"family {family!r} declares no response for HTTP {status} and no default")
    schema = response["content"]["application/json"]["schema"]
    return {**schema, "components": spec(family)["components"]}


@functools.cache
def operation_module(family: str) -> ModuleType:
    """The generated module of the family's operation: `generated.<family>.api.<tag>.<operation_id>`."""
    op = _operation(family)
    return importlib.import_module(f"generated.{family}.api.{op['tags'][0]}.{op['operationId']}")
