"""specs/discovery/newapi.yaml: the shipped rules read cleanly; a broken file says every problem, with its place."""

from __future__ import annotations

from videotask.definitions import specs_dir
from videotask.definitions._discovery import load_discovery, parse_discovery

FAMILIES = ("openai_videos", "seedance")


def test_the_shipped_rules_read() -> None:
    rules = load_discovery(specs_dir())
    assert rules.is_video("openai-video")
    assert rules.is_video("volc-video")
    assert not rules.is_video("openai")
    assert not rules.is_video("image-generation")
    assert rules.default_paths["volc-video"] == ("POST", "/volc/api/v3/contents/generations/tasks")


def test_a_broken_file_lists_every_problem() -> None:
    data = {
        "video_types": "video",
        "shapes": [
            {"family": "nobody", "path": ".*/x", "query": "GET {path}/{task_id}", "why": "w"},
            {"family": "seedance", "path": "(", "query": "GET {path}/{task_id}", "why": "w"},
            {"family": "seedance", "path": ".*/y", "query": "GET {path}", "why": "w"},
        ],
    }
    found, errors = parse_discovery(data, FAMILIES)
    assert found is None
    assert len(errors) == 1
    assert errors[0].startswith("discovery: shapes.2.query: ")
    del data["shapes"][2]
    found, errors = parse_discovery(data, FAMILIES)
    assert found is None
    assert errors[0] == "discovery: shapes.0.family: no such family 'nobody'"
    assert errors[1].startswith("discovery: shapes.1.path: not a regular expression")
    assert len(errors) == 2
