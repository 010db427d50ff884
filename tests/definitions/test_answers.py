"""An upstream's real answers are written once, in its definition (specs/upstreams/<upstream>.yaml `answers:`), and
every family on that upstream serves them: each on the family's operation of its call and route name. The names
and operations expected below are written by hand from the data files and the overrides."""

from __future__ import annotations

import json
from typing import Any

import pytest

from videotask import TaskState
from videotask._families import family
from videotask.definitions import load_yaml, specs_dir
from videotask.definitions._override import OperationOverride
from videotask.definitions._shapes import parse_shapes

QUERY = OperationOverride("get_acme", "query", "GET", "/acme/{task_id}", None, "A", "")
SUBMIT = OperationOverride("create_acme", "submit", "POST", "/acme", None, "B", "")


def _upstream(*answers: dict[str, Any]) -> dict[str, Any]:
    return {"upstream": "acme_api", "answers": list(answers)}


def _answer(name: str, **more: Any) -> dict[str, Any]:
    return {"name": name, "state": "queued", "source": "written for this test", "body": {"id": name}, **more}


@pytest.mark.parametrize(
    ("name", "answer", "operation", "origin"),
    [
        # Kling's answers: a query on the family's first query route, one of route image2video on that route's
        ("kling", "native-queued", "get_kling_text2video_task", "specs/upstreams/kling.yaml"),
        ("kling", "native-image2video-failed", "get_kling_image2video_task", "specs/upstreams/kling.yaml"),
        ("kling", "envelope-failed", "get_kling_text2video_task", "specs/shapes/kling.yaml"),
        # a create answer on the submit operation, a result call's answer on the result operation
        ("openai_videos", "create-queued", "create_video", "specs/upstreams/openai_video.yaml"),
        ("minimax", "file-retrieved", "get_minimax_file", "specs/upstreams/minimax.yaml"),
        # a family whose every answer is its upstream's has no shapes file
        ("seedance", "expired", "get_seedance_task", "specs/upstreams/ark.yaml"),
        ("wan", "native-canceled", "get_wan_task", "specs/upstreams/dashscope.yaml"),
    ],
)
def test_a_family_serves_its_upstreams_answers_on_the_operation_of_their_call(name, answer, operation, origin) -> None:
    found = {s.name: s for s in family(name).shapes}
    assert (found[answer].operation, found[answer].origin) == (operation, origin)


def test_the_upstreams_answers_come_first_then_the_familys_own() -> None:
    names = [s.name for s in family("runway").shapes]
    assert names[:7] == [
        "native-queued", "native-throttled", "native-running", "native-succeeded", "native-failed", "native-cancelled",
        "submit-created",
    ]  # fmt: skip
    assert names[7:] == ["envelope-queued", "envelope-running", "envelope-succeeded", "envelope-failed"]


def test_an_answer_to_a_call_the_family_does_not_make_is_not_its() -> None:
    shapes, errors = parse_shapes(None, "acme", (QUERY,), _upstream(_answer("a"), _answer("b", call="result")))
    assert errors == []
    assert [(s.name, s.operation, s.state) for s in shapes] == [("a", "get_acme", TaskState.QUEUED)]


def test_a_name_the_upstream_and_the_family_both_use_is_an_error() -> None:
    own = {"shapes": [_answer("created", operation="create_acme")]}
    shapes, errors = parse_shapes(own, "acme", (QUERY, SUBMIT), _upstream(_answer("created", call="submit")))
    assert (shapes, errors) == ((), ["acme shapes: name 'created' is used twice"])


def test_no_upstream_answer_is_written_again_in_a_family_shapes_file() -> None:
    """The upstream's answers stand in its file only: a family's shapes file holds no body equal to one of them,
    nor a raw answer of its upstream (the upstream's status word at its status field, every top-level key one its
    answers use); what a family file keeps is another object (a relay's variant, a wrapper around the answer)."""
    for override_file in sorted((specs_dir() / "overrides").glob("*.yaml")):
        upstream_name = load_yaml(override_file).get("upstream")
        shapes_file = specs_dir() / "shapes" / override_file.name
        if upstream_name is None or not shapes_file.exists():
            continue
        upstream = load_yaml(specs_dir() / "upstreams" / f"{upstream_name}.yaml")
        theirs = {json.dumps(a["body"], sort_keys=True) for a in upstream["answers"]}
        keys = {k for a in upstream["answers"] if isinstance(a["body"], dict) for k in a["body"]}
        status = upstream["status"]["fields"]
        for entry in load_yaml(shapes_file)["shapes"]:
            body = entry["body"]
            where = f"{shapes_file.name} {entry['name']} repeats an answer of upstreams/{upstream_name}.yaml"
            assert json.dumps(body, sort_keys=True) not in theirs, where
            word = _at(body, status if isinstance(status, str) else status[0])
            raw = isinstance(body, dict) and set(body) <= keys and str(word) in upstream["status"]["values"]
            assert not raw, where


def _at(body: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        body = body.get(part) if isinstance(body, dict) else None
    return body
