"""The MockGateway's catalog: `/api/pricing` and `/v1/models` in new-api's shapes, for the routes it serves."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from videotask import Gateway, TaskState
from videotask.cli import main
from videotask.testing import MockGateway
from videotask.testing._samples import sample_body


def test_pricing_and_models_list_one_model_per_create_route() -> None:
    with MockGateway(families=["openai_videos", "kling"]) as mock:
        headers = {"Authorization": f"Bearer {mock.token}"}
        pricing = httpx.get(mock.base_url + "/api/pricing", headers=headers).json()
        models = httpx.get(mock.base_url + "/v1/models", headers=headers).json()
    assert pricing["success"] is True
    assert pricing["group_ratio"] == {"default": 1}
    assert {
        m["model_name"]: (m["quota_type"], m["model_price"], m["enable_groups"], m["supported_endpoint_types"])
        for m in pricing["data"]
    } == {
        "mock-openai_videos": (1, 0.1, ["default"], ["openai-video"]),
        "mock-kling-text2video": (1, 0.1, ["default"], ["kling-video-text2video"]),
        "mock-kling-image2video": (1, 0.1, ["default"], ["kling-video-image2video"]),
    }
    assert pricing["supported_endpoint"] == {
        "openai-video": {"path": "/v1/videos", "method": "POST"},
        "kling-video-text2video": {"path": "/kling/v1/videos/text2video", "method": "POST"},
        "kling-video-image2video": {"path": "/kling/v1/videos/image2video", "method": "POST"},
    }
    assert models["object"] == "list"
    assert [(m["id"], m["supported_endpoint_types"]) for m in models["data"]] == [
        ("mock-openai_videos", ["openai-video"]),
        ("mock-kling-text2video", ["kling-video-text2video"]),
        ("mock-kling-image2video", ["kling-video-image2video"]),
    ]


# every create route the mock serves, as the relay file discover writes from its catalog must reach it
CREATES = [
    ("jimeng", None, "/jimeng/submit/videos"),
    ("kling", "text2video", "/kling/v1/videos/text2video"),
    ("kling", "image2video", "/kling/v1/videos/image2video"),
    ("luma", None, "/luma/generations"),
    ("minimax", None, "/minimax/v1/video_generation"),
    ("openai_videos", None, "/v1/videos"),
    ("runway", None, "/runwayml/v1/image_to_video"),
    ("seedance", None, "/volc/v1/contents/generations/tasks"),
    ("video_generations", None, "/v1/video/generations"),
    ("video_query", None, "/v1/video/create"),
    ("vidu", "text2video", "/vidu/ent/v2/text2video"),
    ("vidu", "img2video", "/vidu/ent/v2/img2video"),
    ("wan", None, "/alibailian/api/v1/services/aigc/video-generation/video-synthesis"),
]


def test_a_relay_file_discovered_from_the_mock_creates_and_waits_there(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "mocked.yaml"
    with MockGateway(running_polls=0) as mock:
        assert main(["discover", "--base-url", mock.base_url, "--api-key", mock.token, "--write", str(target)]) == 0
        out = capsys.readouterr().out
        # vidu_native's create path has no known shape: listed, not written
        assert "  mock-vidu_native: vidu-native-video at POST /vidu-native/video/generations: no family" in out
        assert "vidu_native" not in target.read_text(encoding="utf-8").split("families:", 1)[1]
        with Gateway(mock.base_url, mock.token, relay=target) as gateway:
            ends = [
                gateway.create_and_wait(family, sample_body(family, route), route=route, poll_interval=0.01).state
                for family, route, _ in CREATES
            ]
        posts = [request.path for request in mock.requests if request.method == "POST"]
    assert ends == [TaskState.SUCCEEDED] * len(CREATES)
    assert posts == [path for _, _, path in CREATES]
