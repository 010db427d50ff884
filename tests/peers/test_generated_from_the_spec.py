"""A client generated from a spec alone talks to the mock: wan's create carries the header DashScope refuses a
create without, because the spec now declares it as a required parameter."""

from __future__ import annotations

from videotask.clients.wan import AuthenticatedClient
from videotask.clients.wan.api.wan import create_wan_video
from videotask.clients.wan.models.create_wan_video_body import CreateWanVideoBody
from videotask.clients.wan.models.create_wan_video_x_dash_scope_async import CreateWanVideoXDashScopeAsync
from videotask.clients.wan.models.wan_submit_response import WanSubmitResponse
from videotask.testing import MockGateway, sample_body


def test_the_generated_wan_client_creates_a_task():
    with MockGateway() as mock, AuthenticatedClient(base_url=mock.base_url, token=mock.token) as client:
        body = CreateWanVideoBody.from_dict(sample_body("wan"))
        answer = create_wan_video.sync_detailed(
            client=client, body=body, x_dash_scope_async=CreateWanVideoXDashScopeAsync.ENABLE
        )
        assert answer.status_code == 200, answer.content
        assert isinstance(answer.parsed, WanSubmitResponse)
        assert mock.requests[-1].headers["x-dashscope-async"] == "enable"
