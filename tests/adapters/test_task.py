"""VideoTask behaves as the frozen attrs class it is declared as, whatever holds its values."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime

import attrs
import pytest

from videotask import TaskState, VideoTask, normalize

CREATED = datetime(2026, 5, 11, 14, 20, tzinfo=UTC)


def _task(**changes: object) -> VideoTask:
    values: dict[str, object] = {
        "family": "openai_videos", "task_id": "video_1", "state": TaskState.RUNNING, "raw_status": "in_progress",
        "progress": 0.5, "video_url": None, "error": None, "created_at": CREATED, "finished_at": None,
        "expires_at": None, "raw": {"id": "video_1", "secret_echo": "sk-live"},
    }  # fmt: skip
    values.update(changes)
    return VideoTask(**values)  # type: ignore[arg-type]


def test_fields_read_back_what_was_given() -> None:
    task = _task(file_id="file_9")
    assert (task.family, task.task_id, task.state) == ("openai_videos", "video_1", TaskState.RUNNING)
    assert task.progress == 0.5
    assert (task.created_at, task.raw["id"], task.file_id) == (CREATED, "video_1", "file_9")
    assert _task().file_id is None
    assert [f.name for f in attrs.fields(VideoTask)] == [
        "family", "task_id", "state", "raw_status", "progress", "video_url", "error", "created_at", "finished_at",
        "expires_at", "raw", "file_id", "route",
    ]  # fmt: skip
    assert _task(route="image2video").route == "image2video"
    assert _task().route is None


def test_frozen() -> None:
    task = _task()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        task.state = TaskState.FAILED  # type: ignore[misc]
    with pytest.raises(AttributeError):
        task.anything = 1  # type: ignore[attr-defined]


def test_raw_is_left_out_of_equality_hash_and_repr() -> None:
    one, other = _task(), _task(raw={"different": True})
    assert one == other
    assert not one != other  # noqa: SIM202 (a tuple's own != would see `raw`)
    assert hash(one) == hash(other)
    assert len({one, other}) == 1
    assert "raw=" not in repr(one)
    assert "sk-live" not in repr(one)
    assert repr(one).startswith("VideoTask(family='openai_videos', task_id='video_1', state=<TaskState.RUNNING")


def test_any_other_field_makes_a_difference() -> None:
    assert _task() != _task(progress=0.6)
    assert _task() != _task(file_id="f")
    assert _task() != ("openai_videos", "video_1")  # not equal to a bare tuple of its values


def test_tasks_do_not_order() -> None:
    with pytest.raises(TypeError):
        _ = _task() < _task(progress=0.9)


def test_evolve_keeps_the_rest() -> None:
    task = attrs.evolve(_task(), state=TaskState.SUCCEEDED, video_url="https://v/1.mp4")
    assert (task.state, task.video_url, task.progress, task.raw["id"]) == (
        TaskState.SUCCEEDED, "https://v/1.mp4", 0.5, "video_1",
    )  # fmt: skip
    assert isinstance(task, VideoTask)


def test_copies_and_pickles_whole() -> None:
    task = _task(file_id="file_9")
    for twin in (copy.copy(task), copy.deepcopy(task), pickle.loads(pickle.dumps(task))):
        assert twin == task
        assert twin.raw == task.raw
        assert type(twin) is VideoTask


def test_a_read_task_is_the_same_class_as_a_built_one() -> None:
    body = {"id": "video_1", "object": "video", "status": "in_progress", "progress": 50, "created_at": 1778509200}
    read = normalize("openai_videos", body)
    assert type(read) is VideoTask
    assert read == _task(raw={})
    assert read.to_dict()["created_at"] == "2026-05-11T14:20:00+00:00"


def test_whole_unix_seconds_are_datetimes_when_read_and_alike_everywhere() -> None:
    # 1767003600 is 2025-12-29 10:20:00 UTC (`date -u -d @1767003600`); 1767000000 is 09:20:00
    body = {"id": "video_1", "object": "video", "status": "completed", "created_at": 1767000000,
            "completed_at": 1767003600, "expires_at": 1767090000}  # fmt: skip
    task = normalize("openai_videos", body, base_url="https://relay.example")
    assert task.created_at == datetime(2025, 12, 29, 9, 20, tzinfo=UTC)
    assert task.finished_at == datetime(2025, 12, 29, 10, 20, tzinfo=UTC)
    assert task.expires_at == datetime(2025, 12, 30, 10, 20, tzinfo=UTC)
    assert task.created_at.tzinfo is UTC
    given = VideoTask(**{f.name: getattr(task, f.name) for f in attrs.fields(VideoTask)})  # datetimes held as such
    assert given == task
    assert hash(given) == hash(task)
    assert "created_at=datetime.datetime(2025, 12, 29, 9, 20, tzinfo=datetime.timezone.utc)" in repr(task)
    assert task.to_dict()["finished_at"] == "2025-12-29T10:20:00+00:00"
    assert attrs.evolve(task, error="x").expires_at == datetime(2025, 12, 30, 10, 20, tzinfo=UTC)
    assert pickle.loads(pickle.dumps(task)) == task
    assert copy.copy(task).created_at == datetime(2025, 12, 29, 9, 20, tzinfo=UTC)
    assert attrs.asdict(task)["created_at"] == datetime(2025, 12, 29, 9, 20, tzinfo=UTC)
