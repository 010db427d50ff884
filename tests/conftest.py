from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.gates import iter_examples
from videotask import families

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = families()  # discovered from specs/overrides: a new family needs no test edit


def load_spec(family: str) -> dict[str, Any]:
    return yaml.load((ROOT / "specs" / f"{family}.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def spec_examples(family: str, role: str = "query") -> list[tuple[str, str, Any]]:
    """(status code, example key, value) for every example of the family's operations with `role`."""
    from videotask import family as resolve

    wanted = {op.id for op in resolve(family).operations if op.role == role}
    return [(e.status, e.name, e.value) for e in iter_examples(load_spec(family)) if e.operation_id in wanted]


ALL_EXAMPLES = [
    pytest.param(family, status, value, id=f"{family}-{key}")
    for family in FAMILIES
    for status, key, value in spec_examples(family)
]
pytest_plugins = ["pytester"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked slow run first (in their own order), so under xdist they spread over the workers instead of
    one of them finishing the run alone; the rest fill in around them."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
