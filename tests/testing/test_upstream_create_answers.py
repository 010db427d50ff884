"""A create on a family's submit route is answered with its upstream's real create answer (specs/upstreams/<u>.yaml,
`call: submit`), the new task's id at the place that answer keeps it. The places and words below are written by
hand from the public facts in shared/reference/providers.md (each family's "Submit response")."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from videotask import Gateway, TaskState
from videotask.definitions import load_yaml, specs_dir
from videotask.testing import MockGateway, sample_body

# family, upstream, where the create answer keeps the new id, (where its status word is, the word) or None
CASES = [
    ("seedance", "ark", ("id",), None),  # Ark answers {id}
    ("wan", "dashscope", ("output", "task_id"), (("output", "task_status"), "PENDING")),
    ("kling", "kling", ("data", "task_id"), (("data", "task_status"), "submitted")),
    ("minimax", "minimax", ("task_id",), None),  # {task_id, base_resp}: no status
    ("runway", "runway", ("id",), None),  # {id}: a UUID
    ("video_query", "video_query", ("id",), (("status",), "pending")),
    ("vidu", "vidu", ("task_id",), (("state",), "created")),
    ("luma", "luma", ("id",), (("state",), "pending")),
    ("openai_videos", "openai_video", ("id",), (("status",), "queued")),
]


def _at(body: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        body = body[part]
    return body


@pytest.mark.parametrize(("family", "upstream", "id_at", "status"), CASES, ids=[c[0] for c in CASES])
def test_a_create_is_answered_with_the_upstreams_create_answer(family, upstream, id_at, status) -> None:
    [answer] = [
        a for a in load_yaml(specs_dir() / "upstreams" / f"{upstream}.yaml")["answers"] if a.get("call") == "submit"
    ]
    body = sample_body(family)
    with MockGateway() as mock, Gateway(mock.base_url, mock.token) as gw:
        task = gw.create(family, body)
    assert (task.state, _at(task.raw, id_at)) == (TaskState.QUEUED, task.task_id)
    if status is not None:
        assert _at(task.raw, status[0]) == status[1]
    expected = copy.deepcopy(answer["body"])
    node = expected
    for part in id_at[:-1]:
        node = node[part]
    node[id_at[-1]] = task.task_id  # the mock's new id, in the answer's place of it
    expected.update({k: v for k, v in body.items() if k in expected})  # what the create asked for, echoed
    assert task.raw == expected
