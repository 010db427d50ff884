"""normalize: every spec example gives the state it means; progress, timestamps, URLs and errors."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.conftest import spec_examples
from videotask import TaskState, UnknownFamily, normalize
from videotask._normalize import parse_progress, parse_timestamp


def doc_examples(family: str) -> list[Any]:
    """The examples the raw docs themselves carry (not the shapes written from public definitions)."""
    return [value for _, key, value in spec_examples(family) if not key.startswith("definition_")]


def example(family: str, status_value: str) -> Any:
    """The docs' example of a family whose status is `status_value`."""
    for value in doc_examples(family):
        if status_value in (value.get("status"), (value.get("data") or {}).get("status")):
            return value
    raise LookupError(status_value)


@pytest.mark.parametrize(
    ("family", "raw", "url_start"),
    [
        ("jimeng", "SUCCESS", "https://"),
        ("openai_videos", "completed", "https://midjourney-plus.oss-us-west-1.aliyuncs.com/sora/"),
        ("vidu_native", "completed", "https://soruxgpt-saas-yimeng.soruxgpt.com/file_download/"),
    ],
)
def test_completed_examples_succeed_with_their_url(family: str, raw: str, url_start: str) -> None:
    task = normalize(family, example(family, raw))
    assert task.state is TaskState.SUCCEEDED
    assert task.raw_status == raw
    assert task.video_url is not None
    assert task.video_url.startswith(url_start)
    assert task.progress == 1.0
    assert task.error is None


def test_both_jimeng_examples_succeed_with_their_nested_urls() -> None:
    tasks = [normalize("jimeng", value) for value in doc_examples("jimeng")]
    assert [t.video_url.split("/")[2] for t in tasks if t.video_url] == [
        "v9-artist.vlabvod.com",
        "ark-content-generation-cn-beijing.tos-cn-beijing.volces.com",
    ]
    first, second = tasks
    assert first.task_id == "4596668244738"
    assert first.created_at == datetime(2025, 5, 25, 16, 48, 30, tzinfo=UTC)
    assert first.finished_at == datetime(2025, 5, 25, 17, 0, 21, tzinfo=UTC)
    # the signed TOS URL says when it expires: X-Tos-Date 20250829T085221Z + 86400 s
    assert second.expires_at == datetime(2025, 8, 30, 8, 52, 21, tzinfo=UTC)


@pytest.mark.parametrize("family", ["openai_videos", "vidu_native"])
def test_pending_examples_are_not_terminal(family: str) -> None:
    task = normalize(family, example(family, "pending"))
    assert task.state is TaskState.QUEUED
    assert not task.is_terminal
    assert task.video_url is None


def test_pending_sora_object_reads_the_relays_nested_progress() -> None:
    task = normalize("openai_videos", example("openai_videos", "pending"))
    assert task.progress == pytest.approx(0.9302178175176704)
    assert task.created_at == datetime(2025, 10, 6, 15, 10, 26, 875729, tzinfo=UTC)


def test_raw_is_the_body_untouched() -> None:
    body = example("openai_videos", "completed")
    assert normalize("openai_videos", body).raw is body


def test_unknown_status_is_unknown_kept_and_warned_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="videotask")
    for _ in range(3):
        task = normalize("video_generations", {"task_id": "t", "status": "aborted-by-moderator"})
    assert task.state is TaskState.UNKNOWN
    assert task.raw_status == "aborted-by-moderator"
    assert not task.is_terminal
    assert [r.getMessage() for r in caplog.records].count(
        "video_generations: unknown status 'aborted-by-moderator'; state UNKNOWN, not final"
    ) == 1


def test_success_without_url_is_a_failure_the_caller_sees() -> None:
    task = normalize("video_generations", {"task_id": "t", "status": "completed"})
    assert task.state is TaskState.FAILED
    assert task.error == "the task finished but the response names no video URL"


def test_official_completed_video_object_has_its_content_url() -> None:
    body = {"id": "video_1", "object": "video", "status": "completed", "progress": 100}
    assert normalize("openai_videos", body).video_url == "/v1/videos/video_1/content"
    task = normalize("openai_videos", body, base_url="https://relay.test/")
    assert task.state is TaskState.SUCCEEDED
    assert task.video_url == "https://relay.test/v1/videos/video_1/content"


def test_failed_task_error_text() -> None:
    body = {"id": "v", "status": "failed", "error": {"code": "moderation_blocked", "message": "blocked"}}
    task = normalize("openai_videos", body)
    assert (task.state, task.error) == (TaskState.FAILED, "moderation_blocked: blocked")
    envelope = {"code": "success", "data": {"task_id": "1", "status": "FAILURE", "fail_reason": "quota"}}
    assert normalize("jimeng", envelope).error == "quota"


def test_cancelled_is_terminal() -> None:
    assert normalize("openai_videos", {"id": "v", "status": "cancelled"}).state is TaskState.CANCELLED


def test_envelope_shape_of_video_generations() -> None:
    body = {"code": "success", "data": {"task_id": "t9", "status": "IN_PROGRESS", "progress": "30%"}}
    task = normalize("video_generations", body)
    assert (task.task_id, task.state, task.progress) == ("t9", TaskState.RUNNING, 0.3)


def test_non_object_body_is_unknown_not_a_crash() -> None:
    task = normalize("jimeng", ["not", "an", "object"], task_id="x")
    assert (task.state, task.error, task.raw) == (
        TaskState.UNKNOWN,
        "response is not a JSON object",
        ["not", "an", "object"],
    )


def test_unknown_family() -> None:
    with pytest.raises(UnknownFamily, match=r"unknown family 'no_such_family'"):
        normalize("no_such_family", {})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("45%", 0.45), (45, 0.45), (45.0, 0.45), (0.45, 0.45), ("45", 0.45), ("100%", 1.0), (100, 1.0),
        (93.0, 0.93), (0.275, 0.275), (1.0, 1.0), (0, 0.0), (150, 1.0), (-5, 0.0), ("abc", None),
        (None, None), (True, None), (float("nan"), None), ({}, None), (10**400, None), (-(10**400), None),
    ],
)  # fmt: skip
def test_progress_scales(value: Any, expected: float | None) -> None:
    assert parse_progress(value) == (pytest.approx(expected) if expected is not None else None)


def test_progress_scale_declared() -> None:
    assert parse_progress(1, "fraction") == 1.0
    assert parse_progress(0.5, "percent") == 0.005


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1748191710, datetime(2025, 5, 25, 16, 48, 30, tzinfo=UTC)),
        (1759763621142, datetime(2025, 10, 6, 15, 13, 41, 142000, tzinfo=UTC)),
        (1748191709.019, datetime(2025, 5, 25, 16, 48, 29, 19000, tzinfo=UTC)),
        ("1748191710", datetime(2025, 5, 25, 16, 48, 30, tzinfo=UTC)),
        ("2025-10-06T15:10:26.875729Z", datetime(2025, 10, 6, 15, 10, 26, 875729, tzinfo=UTC)),
        ("2025-08-29T16:52:26+08:00", datetime(2025, 8, 29, 8, 52, 26, tzinfo=UTC)),
        ("2025-01-08 16:43:36.521", datetime(2025, 1, 8, 16, 43, 36, 521000, tzinfo=UTC)),
        (0, None),
        ("", None),
        ("0", None),
        (None, None),
        ("soon", None),
        (-1, None),
        (10**30, None),
        (10**400, None),  # an int past any float (json.loads reads it)
        ("1e999", None),  # infinite
        (float("nan"), None),
        (True, None),
    ],
)
def test_timestamps(value: Any, expected: datetime | None) -> None:
    assert parse_timestamp(value) == expected


def _envelope_reader():  # type: ignore[no-untyped-def]
    from videotask._normalize import compile_reader
    from videotask.definitions._override import parse_own_override

    data = {
        "family": "wrapped",
        "operations": [{"id": "get_w", "role": "query", "method": "GET", "path": "/w/{id}", "model": "W"}],
        "status": {
            "fields": ["data.data.status", "data.status"],  # the upstream's word first, the envelope's second
            "values": {"running": "running", "cancelled": "cancelled", "IN_PROGRESS": "running", "FAILURE": "failed"},
        },
        "fields": {"error": "data.fail_reason"},
    }
    override, errors = parse_own_override(data, "wrapped")
    assert override is not None, errors
    return compile_reader(override)


def test_two_vocabularies_the_upstream_word_wins_unless_another_says_the_task_is_over() -> None:
    read = _envelope_reader()
    # new-api keeps polling an Ark task the upstream cancelled (it maps cancelled to IN_PROGRESS): cancelled wins
    cancelled = read({"data": {"status": "IN_PROGRESS", "data": {"status": "cancelled"}}})
    assert (cancelled.state, cancelled.raw_status) == (TaskState.CANCELLED, "cancelled")
    # the gateway's timeout sweep fails a task whose stored upstream body still says running
    swept = read({"data": {"status": "FAILURE", "fail_reason": "task timeout", "data": {"status": "running"}}})
    assert (swept.state, swept.raw_status, swept.error) == (TaskState.FAILED, "FAILURE", "task timeout")
    running = read({"data": {"status": "IN_PROGRESS", "data": {"status": "running"}}})
    assert (running.state, running.raw_status) == (TaskState.RUNNING, "running")


def test_numbers_past_any_float_read_as_none_not_an_error() -> None:
    big = "1" + "0" * 400  # 10**400: json.loads reads it as an int no float holds
    body = json.loads(f'{{"id": "v1", "status": "in_progress", "progress": {big}, "created_at": {big}}}')
    task = normalize("openai_videos", body)
    assert (task.state, task.progress, task.created_at) == (TaskState.RUNNING, None, None)
