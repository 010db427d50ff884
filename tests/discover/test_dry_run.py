"""`videotask batch --dry-run` and `estimate_batch`: lines checked, tasks counted, the cost from the catalog,
nothing sent to a task route."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.discover.conftest import PRICING, Relay
from videotask import InvalidRequest, estimate_batch
from videotask._relaycatalog import parse_pricing
from videotask.cli import main
from videotask.testing._samples import sample_body


def seedance_lines(model: str, n: int) -> list[str]:
    body = sample_body("seedance")
    return [json.dumps({**body, "model": model, "name": f"clip-{i}"}) for i in range(n)]


def dry_run(relay: Relay, capsys: pytest.CaptureFixture[str], tmp_path: Path, lines: list[str]) -> tuple[int, str]:
    bodies = tmp_path / "bodies.jsonl"
    bodies.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["batch", str(bodies), "--family", "seedance", "--base-url", relay.base_url, "--api-key", "sk-t",
                 "--dry-run"])  # fmt: skip
    return code, capsys.readouterr().out


def priced(price: float) -> dict[str, Any]:
    pricing: dict[str, Any] = copy.deepcopy(PRICING)
    pricing["data"].append({"model_name": "seedance-lite", "quota_type": 1, "model_price": price,
                            "enable_groups": ["default"], "supported_endpoint_types": ["volc-video"]})  # fmt: skip
    return pricing


def test_ten_lines_at_0_4_a_call_estimate_4_0_and_send_no_task(
    relay: Relay, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    relay.answers["/api/pricing"] = (200, priced(0.4))
    code, out = dry_run(relay, capsys, tmp_path, seedance_lines("seedance-lite", 10))
    assert code == 0
    assert "seedance-lite  10     0.4       4.0" in out
    assert "estimated cost: 4.0 (group default," in out
    assert relay.requests == [("GET", "/api/pricing")]  # the catalog only: no create, no poll
    assert not (tmp_path / "out").exists()


def test_without_a_catalog_the_cost_is_unknown(
    relay: Relay, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    relay.answers["/api/pricing"] = (404, {})
    relay.answers["/v1/models"] = (404, {})
    code, out = dry_run(relay, capsys, tmp_path, seedance_lines("seedance-lite", 3))
    assert code == 0
    assert "seedance-lite  3      unknown   unknown" in out
    assert "estimated cost: unknown (the relay's catalog could not be read)" in out
    assert relay.requests == [("GET", "/api/pricing"), ("GET", "/v1/models")]


def test_a_line_breaking_the_submit_schema_fails_the_dry_run(
    relay: Relay, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    relay.answers["/api/pricing"] = (200, priced(0.4))
    lines = seedance_lines("seedance-lite", 3)
    lines[1] = json.dumps({"model": "seedance-lite", "content": "not a list"})
    bodies = tmp_path / "bodies.jsonl"
    bodies.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["batch", str(bodies), "--family", "seedance", "--base-url", relay.base_url, "--dry-run"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.startswith("videotask: error: line 2: seedance create body breaks")
    assert all(method == "GET" and path in ("/api/pricing", "/v1/models") for method, path in relay.requests)


def test_the_library_form_prices_each_model_and_the_whole() -> None:
    pricing: dict[str, Any] = priced(0.4)
    catalog = parse_pricing(pricing, "http://127.0.0.1/api/pricing")
    assert catalog is not None
    lines = [
        *seedance_lines("seedance-lite", 4),
        json.dumps({**sample_body("seedance"), "model": "doubao-seedance-1-0-pro"}),
    ]
    estimate = estimate_batch("seedance", lines, catalog=catalog, group="vip")
    assert estimate.tasks == {"seedance-lite": 4, "doubao-seedance-1-0-pro": 1}
    assert estimate.per_call == {"seedance-lite": None, "doubao-seedance-1-0-pro": 1.875}  # lite is not in vip
    assert estimate.total is None
    cheap = estimate_batch("seedance", lines[:4], catalog=catalog)
    assert cheap.per_call == {"seedance-lite": 0.4}
    assert cheap.total == 1.6
    with pytest.raises(InvalidRequest, match="line 1: "):
        estimate_batch("seedance", [{"model": "x", "content": 3}], catalog=catalog)
