"""Every model shape is generated once: no two classes of one shape, in one generated package or across them.

A model's shape is what a caller can tell from the class: an enum's values (with their types), or an attrs class's
field names, each field's annotation (with the models it names replaced by their own shapes, recursively) and
whether it keeps unknown keys. Names, docstrings and descriptions are not part of it. A class that a family's
module re-exports from the shared models is the same class wherever it is found: generated once."""

from __future__ import annotations

import enum
import importlib
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from tests.conftest import ROOT

Shape = tuple[Any, ...]
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _packages() -> list[str]:
    """Every generated package with models (families' clients and any models-only package)."""
    return sorted(p.parent.parent.name for p in (ROOT / "generated").glob("*/models/__init__.py"))


def _classes(package: str) -> dict[str, type]:
    models = importlib.import_module(f"videotask.clients.{package}.models")
    return {name: getattr(models, name) for name in models.__all__}


def shapes(classes: dict[str, type]) -> dict[str, Shape]:
    """The shape of every class of one package (annotations name the package's models by their class name)."""
    done: dict[str, Shape] = {}

    def annotation(text: str, seen: frozenset[str]) -> str:
        return _NAME.sub(lambda m: repr(shape(m[0], seen)) if m[0] in classes else m[0], text)

    def shape(name: str, seen: frozenset[str] = frozenset()) -> Shape:
        if name in done:
            return done[name]
        if name in seen:  # a recursive model: named by its place in the cycle, not expanded again
            return ("recursive", name)
        cls = classes[name]
        if issubclass(cls, enum.Enum):
            result: Shape = ("enum", tuple(sorted(repr(member.value) for member in cls)))
        else:
            fields = {f.name: f for f in attrs.fields(cls)}
            keeps_unknown = fields.pop("additional_properties", None) is not None
            typed = tuple(sorted((n, annotation(str(f.type), seen | {name})) for n, f in fields.items()))
            result = ("object", typed, keeps_unknown)
        done[name] = result
        return result

    return {name: shape(name) for name in classes}


def duplicate_groups(by_package: dict[str, dict[str, Shape]], classes: dict[str, dict[str, type]]) -> list[list[str]]:
    """Groups of `package.Class` names of one shape held by two or more distinct classes (a re-export of one class
    under several names is one class)."""
    grouped: dict[Shape, dict[int, list[str]]] = {}
    for package, found in sorted(by_package.items()):
        for name, shape in sorted(found.items()):
            grouped.setdefault(shape, {}).setdefault(id(classes[package][name]), []).append(f"{package}.{name}")
    return [sorted(n for names in held.values() for n in names) for held in grouped.values() if len(held) > 1]


def _all() -> tuple[dict[str, dict[str, Shape]], dict[str, dict[str, type]]]:
    classes = {package: _classes(package) for package in _packages()}
    return {package: shapes(found) for package, found in classes.items()}, classes


def test_shapes_tell_models_apart() -> None:
    """The measure itself, on classes written here: same fields and types is one shape, a changed type is not; one
    class found under two names (a re-export) is generated once; two classes of one shape are not."""

    @attrs.define
    class Info:
        external_task_id: str

    @attrs.define
    class InfoAgain:
        external_task_id: str

    @attrs.define
    class Other:
        external_task_id: int

    @attrs.define
    class Outer:
        info: Info
        additional_properties: dict[str, Any]

    class Word(enum.Enum):
        DONE = "done"

    class WordAgain(enum.Enum):
        FINISHED = "done"

    class Number(enum.IntEnum):
        FIVE = 5

    class Text(enum.Enum):
        FIVE = "5"

    classes: dict[str, dict[str, type]] = {
        "a": {"Info": Info, "Outer": Outer, "Word": Word, "Number": Number},
        "b": {"Info": Info, "TaskInfo": InfoAgain, "Outer": Outer, "Text": Text, "Again": InfoAgain},
        "c": {"Info": Other, "Status": WordAgain},
    }
    found = {package: shapes(held) for package, held in classes.items()}
    assert found["a"]["Outer"] == ("object", (("info", "('object', (('external_task_id', 'str'),), False)"),), True)
    assert found["a"]["Number"] != found["b"]["Text"]
    assert sorted(duplicate_groups(found, classes)) == [
        ["a.Info", "b.Again", "b.Info", "b.TaskInfo"],
        ["a.Word", "c.Status"],
    ]


def _report(groups: list[list[str]]) -> Iterator[str]:
    yield f"{len(groups)} shapes generated as more than one class:"
    for names in groups:
        yield "  " + ", ".join(names)


def test_no_model_shape_is_generated_twice() -> None:
    """Issue 21: the typed models come once; a family's class of a shape found elsewhere is the shared class."""
    groups = duplicate_groups(*_all())
    if groups:
        pytest.fail("\n".join(_report(groups)), pytrace=False)


def test_a_family_class_of_a_shared_shape_is_the_shared_class() -> None:
    """Written by hand from the specs: every family's error answer is the relays' one ErrorResponse; Vidu's two
    families read one creations item; Ark's usage is one class for seedance and video_generations."""
    from videotask.clients.kling import models as kling
    from videotask.clients.seedance import models as seedance
    from videotask.clients.shared import models as shared
    from videotask.clients.video_generations import models as video_generations
    from videotask.clients.vidu import models as vidu
    from videotask.clients.vidu_native import models as vidu_native

    assert kling.ErrorResponse is shared.ErrorResponse
    assert seedance.SeedanceTaskUsage is video_generations.VideoGenerationTaskDataDataUsage
    assert vidu.ViduCreationsCreationsItem is vidu_native.ViduTaskResponseCreationsItem
    item = vidu.ViduCreationsCreationsItem.from_dict({"id": "c1", "url": "https://cdn.example/v.mp4"})
    assert (item.id, item.url) == ("c1", "https://cdn.example/v.mp4")
