"""The README's examples that need no gateway run as written; its command names exist."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)
OFFLINE = [block for block in PYTHON_BLOCKS if "MockGateway" in block]


def test_the_offline_examples_are_found():
    assert OFFLINE


@pytest.mark.parametrize("block", OFFLINE, ids=[f"block{i}" for i in range(len(OFFLINE))])
def test_offline_example_runs(block):
    exec(compile(block, "README.md", "exec"), {})


def test_every_make_target_the_readme_names_exists():
    targets = set(re.findall(r"`make ([a-z]+)", README))
    listed = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert targets <= set(re.findall(r"make (\w+)", listed))
