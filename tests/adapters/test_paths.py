"""Declared paths compiled to straight-line code read exactly what walking them reads (`first`, the reference)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from videotask._paths import compile_first, first, walk

KEYS = ["data", "status", "url", "video", "0"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["", "ok", "https://v/x.mp4"]))
bodies = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)
)
paths = st.lists(st.one_of(st.sampled_from(KEYS), st.integers(-2, 2)), min_size=1, max_size=4).map(tuple)


# What "present" means per kind, written out here rather than taken from videotask._paths.KINDS.
def _present(kind: str, value: Any) -> bool:
    if kind == "value":
        return value is not None and value != ""
    if kind == "scalar":
        return type(value) in (str, int, float) and value != ""
    return type(value) is str and value.startswith(("https://", "http://"))


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(body=bodies, declared=st.lists(paths, max_size=5), kind=st.sampled_from(["value", "scalar", "url"]))
def test_compiled_paths_read_the_first_present_value(body: Any, declared: list[Any], kind: str) -> None:
    expected = next((v for v in (walk(body, path) for path in declared) if _present(kind, v)), None)
    assert first(body, declared, kind) == expected
    assert compile_first(declared, kind)(body) == expected


def test_shared_prefixes_are_read_once_and_still_skip_missing_steps() -> None:
    first = compile_first([("data", "data", "video"), ("data", "data", "url"), ("data", "url")], "url")
    assert first.source.count(".get('data')") == 2  # `data` and `data.data`, each once
    assert first({"data": {"data": {"url": "https://v/1.mp4"}}}) == "https://v/1.mp4"
    assert first({"data": {"data": [], "url": "http://v/2.mp4"}}) == "http://v/2.mp4"
    assert first({"data": "https://v/3.mp4"}) is None
    assert first(["data"]) is None


@pytest.mark.parametrize("reader", ["plain", "compiled"])
def test_list_indexes_count_from_either_end_and_stop_past_it(reader: str) -> None:
    paths = [("creations", -1, "url"), ("creations", 5, "url")]
    compiled = compile_first(paths, "url")
    read = compiled if reader == "compiled" else (lambda body: first(body, paths, "url"))
    assert read({"creations": [{"url": "https://a"}, {"url": "https://b"}]}) == "https://b"
    assert read({"creations": []}) is None
    assert read({"creations": {"url": "https://c"}}) is None
    assert read({"creations": [None] * 5 + [{"url": "http://f"}]}) == "http://f"  # -1 and 5: the same place
