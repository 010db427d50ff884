"""The importer's catalog: the upstream and wrapper definitions (specs/upstreams, specs/wrappers), read as they
are, not copied: each with its routes and vocabulary (how a doc is recognised as its), status words, field
paths and real answers (an upstream's `answers`, per state and call; a wrapper's `example`).

The importer matches a doc's route and vocabulary against it: to fill a doc that shows no usable answer, to spot
an example pasted from another product, and to propose the status table and field paths of a new family.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml
from attrs import frozen

from codegen.stamp import ROOT

__all__ = ["Upstream", "by_route", "by_vocabulary", "keys_of", "load", "match"]


@frozen
class Upstream:
    """An upstream (or a wrapper) as the importer knows it."""

    name: str
    kind: str  # upstreams | wrappers: the folder of its definition
    title: str
    sources: tuple[str, ...]
    routes: tuple[str, ...]
    vocabulary: frozenset[str]
    status_field: str
    status_values: dict[str, str]
    fields: dict[str, tuple[str, ...]]
    answers: tuple[dict[str, Any], ...]  # {name, state, call, source, body}: an upstream's; a wrapper's example
    extra: dict[str, Any]  # progress_scale, timezone, content_url

    @property
    def file(self) -> str:
        return f"specs/{self.kind}/{self.name}.yaml"

    def answer(self, call: str) -> dict[str, Any] | None:
        """Its real answer to `call` (query, submit): a query's first succeeded answer (it shows the most: the
        URL), else its first; None when it has none."""
        mine = [a for a in self.answers if a.get("call", "query") == call]
        return next((a for a in mine if a["state"] == "succeeded"), mine[0] if mine else None)

    @property
    def body(self) -> dict[str, Any]:
        """Its real query answer's body ({} without one)."""
        found = self.answer("query")
        return found["body"] if found is not None else {}

    def meaning(self, word: str) -> str | None:
        return next((state for raw, state in self.status_values.items() if raw.casefold() == word.casefold()), None)


@functools.cache
def load(specs: Path = ROOT / "specs") -> tuple[Upstream, ...]:
    found = []
    for kind, key in (("upstreams", "upstream"), ("wrappers", "wrapper")):
        for path in sorted((specs / kind).glob("*.yaml")):
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
            fields = {k: tuple([v] if isinstance(v, str) else v) for k, v in (data.get("fields") or {}).items()}
            status = data["status"]["fields"]
            found.append(
                Upstream(
                    name=data[key],
                    kind=kind,
                    title=data["title"],
                    sources=tuple(data["sources"]),
                    routes=tuple(data.get("routes") or ()),
                    vocabulary=frozenset(data.get("vocabulary") or ()),
                    status_field=status if isinstance(status, str) else status[0],
                    status_values={str(k): str(v) for k, v in data["status"]["values"].items()},
                    fields=fields,
                    answers=tuple(data.get("answers") or _example(data)),
                    extra={k: data[k] for k in ("progress_scale", "timezone", "content_url") if k in data},
                )
            )
    return tuple(found)


def _example(data: dict[str, Any]) -> list[dict[str, Any]]:
    """A wrapper's one real answer, as an answer to a query."""
    example = data.get("example")
    return [{"name": "example", "state": "", "source": data["title"], "body": example}] if example else []


def keys_of(value: Any) -> set[str]:
    """Every key at any depth of a JSON value (or of a JSON Schema's properties)."""
    found: set[str] = set()
    if isinstance(value, dict):
        props = value.get("properties") if isinstance(value.get("properties"), dict) else None
        for key, sub in (props or value).items():
            found.add(str(key))
            found |= keys_of(sub)
        if isinstance(value.get("items"), dict):
            found |= keys_of(value["items"])
    elif isinstance(value, list):
        for item in value:
            found |= keys_of(item)
    return found


def by_route(path: str) -> Upstream | None:
    scored = [(sum(fragment in path for fragment in s.routes), s) for s in load()]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] else None


def by_vocabulary(keys: set[str], minimum: int = 2) -> Upstream | None:
    scored = [(len(s.vocabulary & keys), s) for s in load()]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] >= minimum else None


def match(path: str, keys: set[str]) -> tuple[Upstream | None, str]:
    """The upstream a route (first) or a vocabulary (else) points to, and why."""
    shape = by_route(path)
    if shape is not None:
        return shape, f"route {path} matches {', '.join(f for f in shape.routes if f in path)}"
    shape = by_vocabulary(keys)
    if shape is not None:
        return shape, f"fields {', '.join(sorted(shape.vocabulary & keys))}"
    return None, ""


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z_]+", text)
