"""Wrappers recognised from the body: each upstream's answer read raw, and read inside new-api's task envelope
with its URL and failure text only in the kept upstream body (data.data). Every body and every expected value is
written here by hand from the public facts in shared/reference (providers.md, relays.md: new-api dto/task.go)."""

from __future__ import annotations

from typing import Any

import pytest

from videotask import TaskState, normalize
from videotask.definitions import load_yaml, specs_dir

SUCCEEDED, FAILED, RUNNING = TaskState.SUCCEEDED, TaskState.FAILED, TaskState.RUNNING


def envelope(status: str, upstream: Any, progress: str = "100%") -> dict[str, Any]:
    """new-api's TaskResponse around a TaskDto whose own result_url and fail_reason are empty."""
    return {
        "code": "success",
        "message": "",
        "data": {
            "task_id": "task_relay_01",
            "action": "generate",
            "status": status,
            "fail_reason": "",
            "submit_time": 1767100000,
            "finish_time": 1767100090,
            "progress": progress,
            "data": upstream,
        },
    }


# family, upstream body, state, URL, error text (None: none)
RAW = [
    ("seedance", {"id": "cgt-1", "status": "succeeded", "content": {"video_url": "https://ark.invalid/a.mp4"},
                  "created_at": 1767100000, "updated_at": 1767100090}, SUCCEEDED, "https://ark.invalid/a.mp4", None),
    ("seedance", {"id": "cgt-2", "status": "failed", "error": {"code": "OutputVideoSensitiveContentDetected",
                  "message": "the output video may contain sensitive content"}},
     FAILED, None, "OutputVideoSensitiveContentDetected: the output video may contain sensitive content"),
    ("vidu", {"id": "881", "state": "success", "creations": [{"id": "c1", "url": "https://vidu.invalid/v.mp4"}]},
     SUCCEEDED, "https://vidu.invalid/v.mp4", None),
    ("vidu", {"id": "882", "state": "failed", "err_code": "AuditSubmitIllegal", "creations": []},
     FAILED, None, "AuditSubmitIllegal"),
    ("minimax", {"task_id": "mm-1", "status": "Fail", "file_id": "",
                 "base_resp": {"status_code": 1026, "status_msg": "video description involves sensitive content"}},
     FAILED, None, "1026: video description involves sensitive content"),
    ("kling", {"code": 0, "message": "SUCCEED", "data": {"task_id": "k-1", "task_status": "succeed",
               "task_result": {"videos": [{"id": "v", "url": "https://kling.invalid/k.mp4", "duration": "5"}]}}},
     SUCCEEDED, "https://kling.invalid/k.mp4", None),
    ("kling", {"code": 0, "message": "SUCCEED", "data": {"task_id": "k-2", "task_status": "failed",
               "task_status_msg": "risk control: the image is not allowed"}},
     FAILED, None, "risk control: the image is not allowed"),
    ("runway", {"id": "3f2a", "status": "SUCCEEDED", "output": ["https://runway.invalid/r.mp4"]},
     SUCCEEDED, "https://runway.invalid/r.mp4", None),
    ("runway", {"id": "3f2b", "status": "FAILED", "failure": "Content moderation rejected the prompt",
                "failureCode": "SAFETY"}, FAILED, None, "Content moderation rejected the prompt"),
    ("luma", {"id": "lu-1", "state": "completed", "assets": {"video": "https://luma.invalid/l.mp4"}},
     SUCCEEDED, "https://luma.invalid/l.mp4", None),
    ("luma", {"id": "lu-2", "state": "failed", "failure_reason": "prompt was flagged"}, FAILED, None,
     "prompt was flagged"),
]  # fmt: skip

ENVELOPE_WORD = {SUCCEEDED: "SUCCESS", FAILED: "FAILURE"}  # new-api model/task.go


@pytest.mark.parametrize(("family", "body", "state", "url", "error"), RAW, ids=[f"{r[0]}-{r[2].value}" for r in RAW])
def test_a_raw_upstream_answer(family, body, state, url, error) -> None:
    task = normalize(family, body)
    assert (task.state, task.video_url, task.error) == (state, url, error)


@pytest.mark.parametrize(("family", "body", "state", "url", "error"), RAW, ids=[f"{r[0]}-{r[2].value}" for r in RAW])
def test_the_same_answer_inside_new_apis_envelope(family, body, state, url, error) -> None:
    task = normalize(family, envelope(ENVELOPE_WORD[state], body))
    assert (task.state, task.video_url, task.error) == (state, url, error)
    assert task.task_id == "task_relay_01"  # the relay's own task id, the one its query route takes
    assert task.progress == 1.0  # "100%"


def test_a_terminal_envelope_word_wins_over_a_stale_nested_one() -> None:
    """new-api's timeout sweep fails the task and leaves the last upstream body (still running) as it was."""
    stale = {"id": "cgt-3", "status": "running"}
    task = normalize(
        "seedance",
        {
            **envelope("FAILURE", stale),
            "data": {**envelope("FAILURE", stale)["data"], "fail_reason": "task timed out (30 min)"},
        },
    )
    assert (task.state, task.error) == (FAILED, "task timed out (30 min)")


def test_a_running_envelope_reads_its_own_progress() -> None:
    task = normalize("runway", envelope("IN_PROGRESS", {"id": "3f2c", "status": "RUNNING", "progress": 0.2}, "45%"))
    assert (task.state, task.progress) == (RUNNING, 0.45)


# A family's own word or path that happens to equal a wrapper's (the same text, each file its own fact).
COINCIDENT = {
    ("jimeng", "data.status"): "the Volcengine visual API's own status sits at data.status too",
    # the documented object's words and Ark's (in the envelope's kept body) that new-api's flat summary shares
    ("video_generations", "queued"): "documented, and Ark's",
    ("video_generations", "failed"): "documented, and Ark's",
    ("video_generations", "succeeded"): "Ark's",
}


def _words_and_paths(data: dict[str, Any]) -> tuple[set[str], set[str]]:
    """A data file's status words (as written) and the paths it reads."""
    status = data.get("status") or {}
    fields = [*(data.get("fields") or {}).values(), *([status["fields"]] if "fields" in status else [])]
    return {str(w) for w in status.get("values") or {}}, {p for v in fields for p in ([v] if isinstance(v, str) else v)}


def test_no_upstream_or_wrapper_word_or_path_is_written_in_a_family_file() -> None:
    """An upstream's and a wrapper's status words and field paths stand in their own file only: a family names
    its upstream and its wrappers, and writes only what relays add."""
    for override_file in sorted((specs_dir() / "overrides").glob("*.yaml")):
        family, override = override_file.stem, load_yaml(override_file)
        words, paths = _words_and_paths(override)
        named = [specs_dir() / "wrappers" / f"{w}.yaml" for w in override.get("wrappers") or ()]
        if "upstream" in override:
            named.append(specs_dir() / "upstreams" / f"{override['upstream']}.yaml")
        for other in named:
            their_words, their_paths = _words_and_paths(load_yaml(other))
            repeated = {x for x in (words & their_words) | (paths & their_paths) if (family, x) not in COINCIDENT}
            assert not repeated, f"{override_file.name} repeats {other.parent.name}/{other.name}: {sorted(repeated)}"


def test_the_mock_wraps_an_upstream_answer_so_the_url_is_only_in_the_kept_body() -> None:
    from videotask.definitions import load_wrapper

    envelope_, errors = load_wrapper("newapi_envelope")
    assert envelope_ is not None, errors
    upstream = {"id": "cgt-8", "status": "succeeded", "content": {"video_url": "https://ark.invalid/8.mp4"}}
    body = envelope_.wrap(upstream, SUCCEEDED, "task_8", 100)
    assert body["data"]["status"] == "SUCCESS"  # new-api model/task.go
    assert (body["data"]["task_id"], body["data"]["progress"], body["data"]["data"]) == ("task_8", "100%", upstream)
    assert body["data"]["result_url"] == body["data"]["fail_reason"] == ""
    task = normalize("seedance", body)
    assert (task.state, task.video_url, task.task_id) == (SUCCEEDED, "https://ark.invalid/8.mp4", "task_8")


def flat(status: str, url: str = "") -> dict[str, Any]:
    """new-api's flat summary of a Gemini / Vertex task (relay/relay_task.go, tryRealtimeFetch): no upstream body."""
    data = {"error": None, "format": "mp4", "metadata": None, "status": status, "task_id": "task_veo_1", "url": url}
    return {"code": "success", "data": data}


@pytest.mark.parametrize(
    ("word", "state"),  # mapTaskStatusToSimple's four words
    [("queued", TaskState.QUEUED), ("processing", RUNNING), ("succeeded", SUCCEEDED), ("failed", FAILED)],
)
def test_new_apis_flat_summary_reads_by_its_own_words(word: str, state: TaskState) -> None:
    url = "https://relay.invalid/v1/videos/task_veo_1/content" if state is SUCCEEDED else ""
    task = normalize("video_generations", flat(word, url))
    assert (task.state, task.task_id, task.video_url) == (state, "task_veo_1", url or None)


def test_the_mock_answers_in_the_flat_summary_with_the_upstream_url() -> None:
    import httpx

    from videotask import Gateway
    from videotask.testing import MockGateway

    with MockGateway(relay="newapi", wrapper="newapi_flat", running_polls=0) as mock:
        url, headers = mock.base_url + "/v1/video/generations/veo-7", {"Authorization": f"Bearer {mock.token}"}
        first, last = (httpx.get(url, headers=headers).json() for _ in range(2))
        with Gateway(mock.base_url, mock.token, relay="newapi", validation="strict") as gw:
            task = gw.get("video_generations", "veo-7")
    assert (first["code"], first["data"]["status"], first["data"]["url"]) == ("success", "queued", "")
    assert (last["data"]["status"], last["data"]["format"], last["data"]["task_id"]) == ("succeeded", "mp4", "veo-7")
    assert last["data"]["url"].startswith(mock.cdn_url)
    assert "data" not in last["data"]  # the flat summary keeps no upstream body
    # the same file (its signed URL's expiry moves with the clock between the two answers)
    assert (task.state, (task.video_url or "").split("?")[0]) == (SUCCEEDED, last["data"]["url"].split("?")[0])
