"""The one walk over a spec's examples, for the pipeline's gates, the MockGateway and the tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

__all__ = ["SpecExample", "iter_examples"]


class SpecExample(NamedTuple):
    where: str  # "GET /x/{id} 200 application/json"
    operation_id: str
    status: str
    schema: dict[str, Any]  # the response schema the example belongs to
    name: str
    value: Any


def iter_examples(spec: dict[str, Any]) -> Iterator[SpecExample]:
    """Every example in the spec, with where it sits: the one walk over a spec's examples."""
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            for status, response in op.get("responses", {}).items():
                for media_type, media in (response.get("content") or {}).items():
                    for name, example in (media.get("examples") or {}).items():
                        where = f"{method.upper()} {path} {status} {media_type}"
                        schema = media.get("schema") or {}
                        yield SpecExample(where, op.get("operationId", ""), status, schema, name, example.get("value"))
