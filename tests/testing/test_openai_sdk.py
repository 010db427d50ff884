"""The official `openai` SDK against the mock: `videos.retrieve` parses every state strictly into
`openai.types.Video`, and `videos.download_content` gets the mock's bytes."""

from __future__ import annotations

import openai
import pytest
from openai.types import Video

from videotask._task import TaskState
from videotask.testing import MockGateway
from videotask.testing._content import video_bytes

SIZE = 3000
pytestmark = pytest.mark.filterwarnings("ignore:The Sora API:DeprecationWarning")  # the SDK warns on each call


@pytest.fixture(scope="module")
def mock():
    with MockGateway(running_polls=1, content_size=SIZE) as server:
        yield server


@pytest.fixture
def client(mock):
    mock.reset()
    with openai.OpenAI(base_url=mock.base_url + "/v1", api_key=mock.token, max_retries=0) as sdk:
        yield sdk


def _strict(video: Video) -> Video:
    """Parsed again with pydantic's strict validation: every field present, each of its declared type."""
    return Video.model_validate(video.model_dump(), strict=True)


def test_retrieve_parses_each_state_and_download_gets_the_bytes(mock, client):
    seen = [_strict(client.videos.retrieve("video_sdk1")) for _ in range(3)]
    assert [video.status for video in seen] == ["queued", "in_progress", "completed"]
    assert {video.id for video in seen} == {"video_sdk1"}
    assert all(video.object == "video" for video in seen)
    assert seen[0].completed_at is None
    assert seen[0].error is None
    assert seen[1].progress == 50  # one running poll: half way, as an int percent like the API's
    assert seen[2].progress == 100
    assert isinstance(seen[2].completed_at, int)
    assert all(not set(Video.model_fields) - set(video.model_fields_set) for video in seen)  # none defaulted
    content = client.videos.download_content("video_sdk1")
    assert content.content == video_bytes("video_sdk1", SIZE)
    assert content.response.headers["content-type"] == "video/mp4"


def test_a_failed_video_carries_the_error_object(mock, client):
    mock.script("video_sdk2", TaskState.FAILED, running_polls=0)
    client.videos.retrieve("video_sdk2")
    failed = _strict(client.videos.retrieve("video_sdk2"))
    assert failed.status == "failed"
    assert failed.error is not None
    assert failed.error.code
    assert failed.error.message


def test_download_before_success_is_the_relays_400(mock, client):
    client.videos.retrieve("video_sdk3")
    with pytest.raises(openai.BadRequestError):
        client.videos.download_content("video_sdk3")
    with pytest.raises(openai.NotFoundError):
        client.videos.download_content("video_never_polled")
