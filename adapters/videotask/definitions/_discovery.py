"""specs/discovery/newapi.yaml: which endpoint types of a new-api-lineage catalog are video ones, and which family
and routes a published create path means (read by `videotask._discover`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from videotask.definitions._check import problems

__all__ = ["Discovery", "PathShape", "load_discovery", "parse_discovery"]


@frozen
class PathShape:
    """A create path's shape: the family it means and its query (and result) route, from the path's parts."""

    family: str
    path: re.Pattern[str]  # fullmatched; groups `prefix` and `route` (a named route) are optional
    query: str  # a relay-file route with {path} and {prefix} still to fill
    result: str | None
    why: str


@frozen
class Discovery:
    video_types: re.Pattern[str]
    default_paths: Mapping[str, tuple[str, str]]  # endpoint type -> (method, path)
    shapes: tuple[PathShape, ...]

    def is_video(self, endpoint_type: str) -> bool:
        return self.video_types.search(endpoint_type) is not None


def parse_discovery(data: Any, known_families: tuple[str, ...]) -> tuple[Discovery | None, list[str]]:
    """The rules, or every problem: the shape (the JSON Schema), a regular expression that does not compile, a
    family nobody defines."""
    where = "discovery"
    errors = problems("discovery", data, where)
    if errors:
        return None, errors
    try:
        video_types = re.compile(data["video_types"])
    except re.error as exc:
        return None, [f"{where}: video_types: not a regular expression ({exc})"]
    shapes: list[PathShape] = []
    for i, shape in enumerate(data["shapes"]):
        if shape["family"] not in known_families:
            errors.append(f"{where}: shapes.{i}.family: no such family {shape['family']!r}")
        try:
            pattern = re.compile(shape["path"])
        except re.error as exc:
            errors.append(f"{where}: shapes.{i}.path: not a regular expression ({exc})")
            continue
        shapes.append(PathShape(shape["family"], pattern, shape["query"], shape.get("result"), shape["why"]))
    defaults = {kind: tuple(line.split(" ", 1)) for kind, line in (data.get("default_paths") or {}).items()}
    if errors:
        return None, errors
    return Discovery(video_types, defaults, tuple(shapes)), []


@functools.cache
def load_discovery(specs: Path) -> Discovery:
    """specs/discovery/newapi.yaml's rules; ValueError with every problem of a broken file."""
    from videotask.definitions import families, load_yaml

    path = specs / "discovery" / "newapi.yaml"  # the new-api lineage's catalog: the one kind known so far
    found, errors = parse_discovery(load_yaml(path), families(specs))
    if found is None:
        raise ValueError(f"{path} is invalid: {'; '.join(errors)}")
    return found
