"""Shapes for the mock's tests: the project's own `specs/shapes/` where a family has one, else the small files
in tests/testing/shapes/ (written by hand for these tests until the real ones land)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters import _families
from adapters.testing import _bodies, _catalog, _derived

HERE = Path(__file__).parent


def _clear() -> None:
    for cached in (_catalog.view, _bodies.body_template, _bodies.result_template, _derived.derived_body):
        cached.cache_clear()
    _families.family.cache_clear()


@pytest.fixture(scope="module")
def shaped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A specs folder whose shapes/ holds the test shapes for families without real ones."""
    real = _families.SPECS_DIR
    specs = tmp_path_factory.mktemp("specs")
    for item in real.iterdir():
        if item.name != "shapes":
            (specs / item.name).symlink_to(item)
    (specs / "shapes").mkdir()
    for source in [*sorted((real / "shapes").glob("*.yaml")), *sorted((HERE / "shapes").glob("*.yaml"))]:
        target = specs / "shapes" / source.name
        if not target.exists():
            target.symlink_to(source)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_families, "SPECS_DIR", specs)
        _clear()
        yield specs
    _clear()
