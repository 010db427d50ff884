"""The official `openai` SDK and LiteLLM, as their users call them, against the mock's `/v1/videos`: a task
created by each keeps the official video object (`object: "video"`) in every state, cancelled included, says
what the create asked for, and keeps its progress when it stops.

Expected values are the request's own (model sora-2, 4 seconds, 720x1280, the prompt) and the lifecycle's
arithmetic written out: three running polls take a task to 25, 50 and 75 percent.
"""

from __future__ import annotations

import os

import openai
import pytest
from openai.types import Video

from videotask._task import TaskState
from videotask.testing import MockGateway
from videotask.testing._content import video_bytes

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore:The Sora API:DeprecationWarning")]
SIZE = 2048
ASKED = {"model": "sora-2", "seconds": "4", "size": "720x1280", "prompt": "a red fox crossing a snowy road"}
ENDS = [TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED]


@pytest.fixture(scope="module")
def mock():
    with MockGateway(running_polls=3, content_size=SIZE) as server:
        yield server


@pytest.fixture
def sdk(mock):
    mock.reset()
    with openai.OpenAI(base_url=mock.base_url + "/v1", api_key=mock.token, max_retries=0) as client:
        yield client


@pytest.fixture(scope="module")
def litellm():
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # its price list from the package, not the web
    import litellm

    return litellm


def _asked(video) -> dict[str, str]:
    return {"model": video.model, "seconds": video.seconds, "size": video.size, "prompt": video.prompt}


def test_sdk_queued_and_running_tasks_say_what_was_asked(mock, sdk):
    created = sdk.videos.create(**ASKED)
    seen = [created] + [sdk.videos.retrieve(created.id) for _ in range(3)]
    assert [v.status for v in seen] == ["queued", "queued", "in_progress", "in_progress"]
    assert [v.progress for v in seen] == [0, 0, 25, 50]
    for video in seen:
        Video.model_validate(video.model_dump(), strict=True)  # every field present, of the official type
        assert video.object == "video"
        assert _asked(video) == ASKED


@pytest.mark.parametrize("outcome", ENDS, ids=lambda s: s.value)
def test_sdk_create_and_poll_then_download(mock, sdk, outcome):
    mock.script_next(outcome)
    video = sdk.videos.create_and_poll(**ASKED, poll_interval_ms=0)
    assert video.object == "video"
    assert _asked(video) == ASKED
    expected = {TaskState.SUCCEEDED: ("completed", 100), TaskState.FAILED: ("failed", 75),
                TaskState.CANCELLED: ("cancelled", 75)}[outcome]  # fmt: skip
    assert (video.status, video.progress) == expected
    if outcome is TaskState.SUCCEEDED:
        Video.model_validate(video.model_dump(), strict=True)
        assert sdk.videos.download_content(video.id).content == video_bytes(video.id, SIZE)
    else:
        if outcome is TaskState.FAILED:
            Video.model_validate(video.model_dump(), strict=True)
            assert video.error is not None
        with pytest.raises(openai.BadRequestError):  # new-api: no file for a task that did not succeed
            sdk.videos.download_content(video.id)


@pytest.mark.parametrize("outcome", ENDS, ids=lambda s: s.value)
def test_litellm_video_calls_on_every_state(mock, litellm, outcome):
    mock.reset()
    mock.script_next(outcome)
    where = {"api_base": mock.base_url + "/v1", "api_key": mock.token}
    video = litellm.video_generation(model="openai/sora-2", **{k: v for k, v in ASKED.items() if k != "model"}, **where)
    assert (video.object, video.status, video.model, video.seconds, video.size) == (
        "video",
        "queued",
        "sora-2",
        "4",
        "720x1280",
    )
    assert video.usage == {"duration_seconds": 4.0}  # what was asked for, not another task's 12 s
    states = [litellm.video_status(video_id=video.id, **where) for _ in range(5)]
    assert [s.status for s in states[:4]] == ["queued", "in_progress", "in_progress", "in_progress"]
    assert [s.progress for s in states] == [0, 25, 50, 75, {TaskState.SUCCEEDED: 100}.get(outcome, 75)]
    final = states[-1]
    assert final.object == "video"
    assert final.status == {TaskState.SUCCEEDED: "completed", TaskState.FAILED: "failed"}.get(outcome, "cancelled")
    assert (final.model, final.seconds, final.size) == ("sora-2", "4", "720x1280")
    if outcome is TaskState.SUCCEEDED:
        task_id = mock.requests[-1].path.rsplit("/", 1)[1]  # LiteLLM's id wraps the gateway's
        assert litellm.video_content(video_id=video.id, **where) == video_bytes(task_id, SIZE)
    else:
        with pytest.raises(Exception, match="not succeeded"):
            litellm.video_content(video_id=video.id, **where)
