"""The compiled reader answers what the plain one does, body by body: the plain reader is the reference.

videotask._normalize.read interprets a family's override; compile_reader writes the same reading out as
straight-line code, an optimisation only. Both run here on every fixture body (error answers too), every spec
example of every operation, every server shape and bodies generated from each family's declared paths, with
and without an asked-for task id and a base URL, and must give the same VideoTask field by field (type and
value; a time's zone too) with the same raw body, or raise the same error. What the bodies mean is checked
elsewhere against hand-written rows (tests/contract/test_fixtures.py, tests/adapters/test_normalize.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FAMILIES, ROOT, load_spec
from videotask import TaskState, VideoTask
from videotask._families import family
from videotask._normalize import read
from videotask.definitions._examples import iter_examples
from videotask.definitions._override import Override, Path

CALLS = [(None, None), ("asked-1", None), (None, "http://relay.test/"), ("asked-1", "http://relay.test")]


def _bodies() -> Iterator[Any]:
    for path in sorted((ROOT / "tests" / "fixtures").glob("*/*.json")):
        yield pytest.param(
            path.parent.name, json.loads(path.read_bytes()), id=f"fixture {path.parent.name}/{path.name}"
        )
    for name in FAMILIES:
        for example in iter_examples(load_spec(name)):
            where = f"example {name} {example.operation_id} {example.status} {example.name}"
            yield pytest.param(name, example.value, id=where)
        for shape in family(name).shapes:
            yield pytest.param(name, shape.body, id=f"shape {name}/{shape.name}")


def _outcome(reader: Any, body: Any, task_id: str | None, base_url: str | None) -> Any:
    """What a reader answers, comparable: each field as (type, value), times as ISO 8601 with their zone, the
    raw body by identity; or the error it raised."""
    try:
        task = reader(body, task_id, base_url)
    except Exception as exc:  # whatever one raises, the other must raise alike
        return ("raised", type(exc), str(exc))
    assert type(task) is VideoTask
    fields = task.to_dict()
    assert fields.pop("raw") is body
    return {name: (type(value), value) for name, value in fields.items()}


def _same(name: str, body: Any) -> None:
    decl = family(name).override
    compiled = family(name).reader
    for task_id, base_url in CALLS:
        expected = _outcome(lambda *args: read(decl, *args), body, task_id, base_url)
        assert isinstance(expected, dict), expected  # a reader never raises on a body's content
        assert _outcome(compiled, body, task_id, base_url) == expected, (task_id, base_url)


@pytest.fixture(autouse=True)
def _quiet(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="videotask")  # undocumented statuses are warned about, once each


@pytest.mark.parametrize(("name", "body"), list(_bodies()))
def test_compiled_reader_answers_what_the_plain_one_does(name: str, body: Any) -> None:
    _same(name, body)


def test_the_bodies_cover_every_family_and_every_state() -> None:
    bodies = list(_bodies())
    assert {param.values[0] for param in bodies} == set(FAMILIES)
    read_states = set()
    for param in bodies:
        name, body = param.values
        read_states.add(read(family(name).override, body).state)
    assert read_states == set(TaskState)


def test_the_comparison_sees_a_difference() -> None:
    """A reader that differs in one field, or raises where the other answers, does not pass for the same."""
    body = {"id": "video_1", "object": "video", "status": "in_progress", "progress": 50}
    decl = family("openai_videos").override

    def plain(*args: Any) -> VideoTask:
        return read(decl, *args)

    def off_by_one_percent(*args: Any) -> VideoTask:
        return attrs.evolve(read(decl, *args), progress=0.51)

    def raising(*args: Any) -> VideoTask:
        raise ValueError("no")

    expected = _outcome(plain, body, None, None)
    assert expected["progress"] == (float, 0.5)
    assert _outcome(off_by_one_percent, body, None, None) != expected
    assert _outcome(raising, body, None, None) == ("raised", ValueError, "no")


# -- generated bodies: each family's declared paths, filled with values of every kind ------------------------

_TEXTS = [
    "", "0", "1", "45%", "0.5", "150", "-3", "soon", "mystery-status",
    "2025-01-08 16:43:36.521", "2025-08-29T16:52:26+08:00", "2025-10-06T15:10:26Z", "Sun, 06 Nov 1994 08:49:37 GMT",
    "1748191710", "1748191710123", "https://v.test/a.mp4", "http://v.test/b.mp4?x-expires=1767003600",
    "https://v.test/c.mp4?X-Tos-Date=20250829T165122Z&X-Tos-Expires=3600", "ftp://v.test/d.mp4",
]  # fmt: skip


def _values(decl: Override) -> st.SearchStrategy[Any]:
    words = sorted(decl.status_values)
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-2, 200),
        st.integers(1_000_000_000, 2_000_000_000),  # unix seconds
        st.integers(1_000_000_000_000, 2_000_000_000_000),  # unix milliseconds
        st.integers(-(2**70), 2**70),
        st.sampled_from([10**400, -(10**400)]),  # past any float
        st.floats(),  # NaN and the infinities too
        st.sampled_from(_TEXTS),
        st.sampled_from(words),
        st.sampled_from(words).map(str.upper),
        st.sampled_from([{}, [], {"code": 0}, {"code": "E1", "message": "bad"}, {"msg": "m"}, [1, 2]]),
    )


def _paths(decl: Override) -> list[Path]:
    declared = [*decl.status_fields, *(path for paths in decl.fields.values() for path in paths)]
    if decl.result is not None:
        declared += decl.result.url
    return declared


def _put(body: dict[str, Any], path: Path, value: Any) -> None:
    """Set `path` in `body` to `value`, making (or replacing) the dicts and lists on the way."""
    node: Any = body
    for part, after in zip(path, [*path[1:], None], strict=True):
        if isinstance(part, int):
            while len(node) < (part + 1 if part >= 0 else -part):
                node.append(None)
        child = value if after is None else node[part] if isinstance(part, int) else node.get(part)
        if after is not None and not isinstance(child, list if isinstance(after, int) else dict):
            child = [] if isinstance(after, int) else {}
        node[part] = child
        node = child


@st.composite
def _generated(draw: st.DrawFn, decl: Override) -> Any:
    if draw(st.integers(0, 19)) == 0:
        return draw(st.sampled_from([None, [], "body", 3, [{"status": "succeeded"}]]))
    body: dict[str, Any] = {}
    for path in draw(st.lists(st.sampled_from(_paths(decl)), max_size=10)):
        _put(body, path, draw(_values(decl)))
    return body


@pytest.mark.parametrize("name", FAMILIES)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_generated_bodies_read_alike(name: str, data: st.DataObject) -> None:
    _same(name, data.draw(_generated(family(name).override)))


def test_put_builds_the_path() -> None:
    body: dict[str, Any] = {"data": "text"}
    _put(body, ("data", "videos", -2, "url"), "https://v/1")
    assert body == {"data": {"videos": [{"url": "https://v/1"}, None]}}
