"""`videotask discover`: a relay's catalog read, its video models placed, a relay file the Gateway uses."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.discover.conftest import MODELS, PRICING, Relay
from videotask import Gateway
from videotask.cli import main

CHAT = ("gpt-4o-mini", "claude-sonnet-4", "/v1/chat/completions", "/v1/messages")


def discover(relay: Relay, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = main(["discover", "--base-url", relay.base_url, "--api-key", "sk-test", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def rows(out: str) -> dict[str, list[str]]:
    """The table's rows by model: its cells split on runs of two spaces."""
    found = {}
    for line in out.splitlines()[1:]:
        if not line.strip():
            break
        cells = [cell.strip() for cell in line.split("  ") if cell.strip()]
        found[cells[0]] = cells
    return found


def test_writes_a_relay_file_of_the_video_models_that_the_gateway_uses(
    relay: Relay, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    relay.answers["/api/pricing"] = (200, PRICING)
    relay.answers["/v1/models"] = (200, MODELS)
    target = tmp_path / "found.yaml"
    code, out, _ = discover(relay, capsys, "--write", str(target))
    assert code == 0
    text = target.read_text(encoding="utf-8")
    for chat in CHAT:
        assert chat not in out
        assert chat not in text
    assert "relay: found" in text
    assert '"GET /v1/videos/{task_id}"  # REVIEW' in text
    assert '"GET /volc/api/v3/contents/generations/tasks/{task_id}"  # REVIEW' in text
    assert all(
        "# REVIEW" in line
        for line in text.splitlines()
        if "/" in line and not line.lstrip().startswith(("#", "- ", "title"))
    )
    relay.requests.clear()
    with Gateway(relay.base_url, "sk-test", relay=target, max_retries=0) as gateway:
        gateway.get("openai_videos", "video_1")
        gateway.get("seedance", "cgt-2")
    assert relay.requests == [
        ("GET", "/v1/videos/video_1"),
        ("GET", "/volc/api/v3/contents/generations/tasks/cgt-2"),
    ]


def test_prices_print_as_the_catalog_gives_them(relay: Relay, capsys: pytest.CaptureFixture[str]) -> None:
    relay.answers["/api/pricing"] = (200, PRICING)
    code, out, _ = discover(relay, capsys)
    assert code == 0
    assert rows(out) == {
        # model, family, route, price per call in each group (0.4 x 1 and 0.4 x 1.5), groups
        "sora-2": ["sora-2", "openai_videos", "POST /v1/videos", "0.4/0.6", "default/vip"],
        "doubao-seedance-1-0-pro": [
            "doubao-seedance-1-0-pro", "seedance", "POST /volc/api/v3/contents/generations/tasks", "1.875", "vip",
        ],
    }  # fmt: skip


def test_models_list_alone_places_by_the_known_default_paths(
    relay: Relay, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    relay.answers["/api/pricing"] = (404, {"success": False, "message": "not found"})
    relay.answers["/v1/models"] = (200, MODELS)
    code, out, _ = discover(relay, capsys, "--write", str(tmp_path / "bare.yaml"))
    assert code == 0
    assert rows(out) == {"sora-2": ["sora-2", "openai_videos", "POST /v1/videos", "-", "-"]}
    assert "GET /v1/videos/{task_id}" in (tmp_path / "bare.yaml").read_text(encoding="utf-8")


def test_a_model_it_cannot_place_is_listed_not_guessed(
    relay: Relay, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pricing: dict[str, Any] = copy.deepcopy(PRICING)
    pricing["data"].append({"model_name": "mystery-video", "quota_type": 1, "model_price": 2, "enable_groups":
                            ["default"], "supported_endpoint_types": ["mystery-video"]})  # fmt: skip
    pricing["data"].append({"model_name": "odd-path", "quota_type": 1, "model_price": 2, "enable_groups":
                            ["default"], "supported_endpoint_types": ["odd-video"]})  # fmt: skip
    pricing["supported_endpoint"]["odd-video"] = {"path": "/odd/make", "method": "POST"}
    relay.answers["/api/pricing"] = (200, pricing)
    code, out, _ = discover(relay, capsys, "--write", str(tmp_path / "some.yaml"))
    assert code == 0
    assert set(rows(out)) == {"sora-2", "doubao-seedance-1-0-pro"}
    listed = out.split("not placed (no family guessed):", 1)[1]
    assert "mystery-video: mystery-video: the catalog gives no path for this endpoint type" in listed
    assert "odd-path: odd-video at POST /odd/make: no family is known by this path's shape" in listed
    text = (tmp_path / "some.yaml").read_text(encoding="utf-8")
    assert "/odd/make" not in text.split("families:", 1)[1]


def test_one_family_on_two_routes_names_them_by_endpoint_type(
    relay: Relay, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pricing: dict[str, Any] = copy.deepcopy(PRICING)
    pricing["data"].append({"model_name": "seedance-ark", "quota_type": 1, "model_price": 1, "enable_groups":
                            ["default"], "supported_endpoint_types": ["ark-video"]})  # fmt: skip
    pricing["supported_endpoint"]["ark-video"] = {"path": "/api/v3/contents/generations/tasks", "method": "POST"}
    relay.answers["/api/pricing"] = (200, pricing)
    target = tmp_path / "two.yaml"
    assert discover(relay, capsys, "--write", str(target))[0] == 0
    relay.requests.clear()
    with Gateway(relay.base_url, "sk-test", relay=target, max_retries=0) as gateway:
        gateway.get("seedance", "a", route="volc-video")
        gateway.get("seedance", "b", route="ark-video")
    assert relay.requests == [
        ("GET", "/volc/api/v3/contents/generations/tasks/a"),
        ("GET", "/api/v3/contents/generations/tasks/b"),
    ]


@pytest.mark.parametrize(
    ("pricing", "models", "said"),
    [
        ((404, {"message": "not found"}), (404, {"message": "not found"}), "/api/pricing: 404; /v1/models: 404"),
        (
            (401, {"success": False, "message": "login required"}),
            (401, {"error": {"message": "invalid token"}}),
            "/api/pricing: 401 (login required); /v1/models: 401 (login required)",
        ),
        (
            (200, {"success": False, "message": "log in first"}),
            (404, {}),
            "/api/pricing: no catalog in the answer: log in first",
        ),
    ],
)
def test_a_closed_catalog_is_one_line_and_exit_2(
    relay: Relay, capsys: pytest.CaptureFixture[str], tmp_path: Path, pricing: Any, models: Any, said: str
) -> None:
    relay.answers["/api/pricing"] = pricing
    relay.answers["/v1/models"] = models
    code, out, err = discover(relay, capsys, "--write", str(tmp_path / "x.yaml"))
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"videotask: error: {relay.base_url} publishes no catalog (")
    assert said in err
    assert "sk-test" not in err
    assert not (tmp_path / "x.yaml").exists()


def test_an_existing_file_is_kept_without_overwrite(
    relay: Relay, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    relay.answers["/api/pricing"] = (200, PRICING)
    target = tmp_path / "kept.yaml"
    target.write_text("mine\n", encoding="utf-8")
    code, _, err = discover(relay, capsys, "--write", str(target))
    assert code == 2
    assert "exists" in err
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert relay.requests == []  # refused before anything is asked
