"""What a relay's answers add to a family's reading, written in the relay file under the family: more status words,
status fields and field paths, read by `Gateway(relay=FILE)`. The relay file, the bodies and the expected values
are written by hand for these tests (Kling's own words, `succeed` and `processing`, from specs/upstreams/kling.yaml's
public sources; the relay's extra words and paths are invented)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from videotask import FamilyDefinitionError, Gateway, TaskState
from videotask.definitions import read_relay

RELAY = """\
relay: wordy
families:
  kling:
    query: GET /kx/v1/videos/text2video/{task_id}
    status:
      fields: data.phase            # where this relay puts the status when Kling's own field is missing
      values: {finished: succeeded, in_queue: queued, rendering: running}
    fields:
      video_url: data.output.url
      error: data.output.reason
"""
URL = "https://cdn.relay.test/tk-1.mp4"
# Kling's body as this relay answers it: its own word, its own URL place
FINISHED = {"code": 0, "data": {"task_id": "tk-1", "task_status": "finished", "output": {"url": URL}}}
# the status in the relay's own field, Kling's field absent
PHASE = {"code": 0, "data": {"task_id": "tk-1", "phase": "in_queue"}}
# Kling's own words and paths still read as before
KLING = {"code": 0, "data": {"task_id": "tk-1", "task_status": "processing", "task_result": {"videos": []}}}
# new-api's task envelope around the relay's body: its URL empty, the relay's path read inside the kept body
ENVELOPE = {
    "code": "success",
    "data": {"task_id": "tk-1", "status": "SUCCESS", "progress": "100%", "result_url": "", "fail_reason": "",
             "data": FINISHED},
}  # fmt: skip


def _get(relay_file: Path, body: Any) -> tuple[httpx.Request, Any]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=body)

    with Gateway("https://relay.test", "sk-t", relay=str(relay_file), transport=httpx.MockTransport(answer)) as gw:
        task = gw.get("kling", "tk-1")
    return seen[0], task


@pytest.fixture
def relay_file(tmp_path: Path) -> Path:
    path = tmp_path / "wordy.yaml"
    path.write_text(RELAY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "state", "url"),
    [
        (FINISHED, TaskState.SUCCEEDED, URL),
        (PHASE, TaskState.QUEUED, None),
        (KLING, TaskState.RUNNING, None),
        (ENVELOPE, TaskState.SUCCEEDED, URL),
    ],
    ids=["relay-word-and-url", "relay-status-field", "kling-own-words", "in-newapi-envelope"],
)
def test_a_relay_reads_its_own_words_and_paths(relay_file: Path, body: Any, state: TaskState, url: str | None) -> None:
    request, task = _get(relay_file, body)
    assert (request.method, request.url.raw_path.decode()) == ("GET", "/kx/v1/videos/text2video/tk-1")
    assert (task.state, task.video_url) == (state, url)


def test_without_the_relays_words_the_same_body_reads_unknown(tmp_path: Path) -> None:
    bare = tmp_path / "bare.yaml"
    bare.write_text("relay: bare\nfamilies:\n  kling:\n    query: GET /kx/v1/videos/text2video/{task_id}\n")
    _, task = _get(bare, FINISHED)
    assert (task.state, task.video_url) == (TaskState.UNKNOWN, None)


def test_a_word_the_relay_does_not_name_stays_unknown(relay_file: Path) -> None:
    _, task = _get(relay_file, {"code": 0, "data": {"task_id": "tk-1", "task_status": "paused"}})
    assert task.state is TaskState.UNKNOWN


def test_the_relays_failure_text_is_read(relay_file: Path) -> None:
    body = {"code": 0, "data": {"task_id": "tk-1", "task_status": "failed", "output": {"reason": "blocked prompt"}}}
    _, task = _get(relay_file, body)
    assert (task.state, task.error) == (TaskState.FAILED, "blocked prompt")


def test_a_relay_word_may_not_change_a_word_the_family_reads(tmp_path: Path) -> None:
    path = tmp_path / "wordy.yaml"
    path.write_text(RELAY.replace("finished: succeeded", "succeed: failed"), encoding="utf-8")
    with pytest.raises(FamilyDefinitionError, match=r"families\.kling\.status\.values\.succeed: means failed here"):
        _get(path, FINISHED)


def test_the_relay_file_schema_checks_the_reading() -> None:
    text = RELAY.replace("finished: succeeded", "finished: done").replace("video_url:", "video_link:")
    relay, problems = read_relay(text, "wordy", ("kling",))
    assert relay is None
    assert problems == [
        'relay wordy: families.kling.status.values.finished: "done" is not one of "queued", "running" or 4 other '
        "candidates",
        "relay wordy: families.kling.fields: Additional properties are not allowed ('video_link' was unexpected)",
    ]
