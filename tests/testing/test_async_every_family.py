"""AsyncGateway (aiohttp) against the MockGateway for every family and every query route: the whole wait."""

from __future__ import annotations

import pytest

from tests.conftest import FAMILIES
from videotask import AsyncGateway, TaskState, family
from videotask.testing import MockGateway

ROUTES = [
    pytest.param(name, op.route, id=f"{name}-{op.route or 'default'}")
    for name in FAMILIES
    for op in family(name).queries
]


@pytest.fixture(scope="module")
def mock():
    with MockGateway(running_polls=1) as server:
        yield server


@pytest.mark.parametrize(("name", "route"), ROUTES)
async def test_async_wait_ends_succeeded_with_a_url_on_every_route(mock, name, route):
    task_id = f"async-{route or 'default'}"
    async with AsyncGateway(mock.base_url, mock.token, validation="strict") as gateway:
        task = await gateway.wait(name, task_id, route=route, poll_interval=0, timeout=60)
    assert (task.family, task.task_id, task.state) == (name, task_id, TaskState.SUCCEEDED)
    assert task.video_url is not None
    assert task.video_url.startswith(("http://", "https://"))
    assert task.progress == 1.0
