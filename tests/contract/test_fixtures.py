"""Every recorded response keeps its spec; recordings carry no secrets."""

from __future__ import annotations

import re

import pytest

from adapters import TaskState
from adapters.testing import recorded_status
from tests.conftest import FAMILIES, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
FILES = sorted(FIXTURES.glob("*/*.json"))
_SIGNED = re.compile(r"(signature|credential|expires|security-token|policy)=(?!REDACTED)", re.IGNORECASE)


def test_every_family_has_lifecycle_error_and_seed_recordings():
    for family in FAMILIES:
        names = {path.name for path in (FIXTURES / family).glob("*.json")}
        assert {"mock-task-succeeded.json", "fail-task-failed.json", "missing.http404.json"} <= names
        assert any(name.startswith("seed-") for name in names)


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(FIXTURES)) for p in FILES])
def test_recorded_response_keeps_its_spec(path, videotask_validate):
    recorded = videotask_validate(path.parent.name, path, strict=recorded_status(path) == 200)
    if recorded.task is not None:
        assert recorded.task.state is not TaskState.UNKNOWN


@pytest.mark.videotask_recorded("jimeng", "tests/fixtures/jimeng/*-*.json", strict=True)
def test_the_marker_runs_once_per_jimeng_recording(videotask_recorded):
    assert videotask_recorded.family == "jimeng"
    assert videotask_recorded.task.state is not TaskState.UNKNOWN


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(FIXTURES)) for p in FILES])
def test_recordings_are_scrubbed(path):
    text = path.read_text(encoding="utf-8")
    assert not _SIGNED.search(text)
    assert "Bearer" not in text
