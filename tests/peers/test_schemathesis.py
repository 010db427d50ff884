"""schemathesis, a tool users already point at OpenAPI specs, with every check against the MockGateway: the
specs say what the mock (which follows the relays) requires and answers, and the mock keeps to the specs.

Bounded: a fixed seed, three generated cases per operation (the coverage phase adds its boundary cases: an
empty body, an empty id, a missing header), one process, the CLI run in this one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import FAMILIES, ROOT
from videotask.testing import MockGateway

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mock():
    with MockGateway() as gateway:
        yield gateway


CONFIG = Path(__file__).with_name("schemathesis.toml")


def _run(mock: MockGateway, family: str, config: Path = CONFIG) -> tuple[int, str]:
    from schemathesis.cli import schemathesis as cli

    args = [
        "--no-color", "--config-file", str(config), "run", str(ROOT / "specs" / f"{family}.yaml"),
        "--url", mock.base_url, "--header", f"Authorization: Bearer {mock.token}", "--checks", "all",
        "--seed", "24", "--max-examples", "3", "--workers", "1", "--generation-database", "none",
    ]  # fmt: skip
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    return result.exit_code, result.output


@pytest.mark.parametrize("family", FAMILIES)
def test_every_check_passes_against_the_mock(mock, family):
    code, output = _run(mock, family)
    assert code == 0, output[-6000:]
    assert "Tested:" in output


def test_a_spec_that_allows_what_the_mock_refuses_fails(mock, tmp_path, monkeypatch):
    """The check can fail: wan's spec without the header DashScope requires makes valid requests the mock refuses."""
    import yaml

    spec = yaml.safe_load((ROOT / "specs" / "wan.yaml").read_text(encoding="utf-8"))
    spec["paths"]["/alibailian/api/v1/services/aigc/video-generation/video-synthesis"]["post"].pop("parameters")
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "wan.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    monkeypatch.setattr("tests.peers.test_schemathesis.ROOT", tmp_path)
    (tmp_path / "schemathesis.toml").write_text("cache.enabled = false\n", encoding="utf-8")
    code, output = _run(mock, "wan", tmp_path / "schemathesis.toml")
    assert code == 1
    assert "Schema-valid request rejected" in output
    assert "X-DashScope-Async: enable is required" in output
