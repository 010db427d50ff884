from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ("jimeng", "openai_videos", "video_generations", "vidu_native")


def load_spec(family: str) -> dict[str, Any]:
    return yaml.load((ROOT / "specs" / f"{family}.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def spec_examples(family: str) -> list[tuple[str, str, Any]]:
    """(status code, example key, value) for every example in a family's spec."""
    found = []
    for item in load_spec(family)["paths"].values():
        for op in item.values():
            for status, response in op["responses"].items():
                for media in (response.get("content") or {}).values():
                    for key, example in (media.get("examples") or {}).items():
                        found.append((status, key, example["value"]))
    return found


ALL_EXAMPLES = [
    pytest.param(family, status, value, id=f"{family}-{key}")
    for family in FAMILIES
    for status, key, value in spec_examples(family)
]
pytest_plugins = ["pytester"]
