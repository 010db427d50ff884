"""Every body the mock serves in a state that is not success tells the truth: no success word of the family
under a status key and no result URL anywhere in it, for every family, every query route and every ending."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.testing.routes import url_for
from tests.testing.truth import violations
from videotask._task import TaskState
from videotask.testing import MockGateway
from videotask.testing._catalog import views

ENDINGS = [TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED]


@pytest.fixture(scope="module")
def mock():
    with MockGateway(running_polls=2) as server:
        yield server


def _cases():
    # collected at import: the routes do not depend on the shapes, only on the overrides
    return [
        pytest.param(fam.name, route.operation, id=f"{fam.name}-{route.operation}")
        for fam in views()
        for route in fam.queries
    ]


@pytest.mark.parametrize(("family", "operation"), _cases())
def test_no_body_before_success_carries_a_success_word_or_a_result_url(mock, family, operation):
    fam = next(f for f in views() if f.name == family)
    route = next(r for r in fam.queries if r.operation == operation)
    mock.reset()
    problems = []
    with httpx.Client(base_url=mock.base_url, headers={"Authorization": f"Bearer {mock.token}"}) as client:
        for ending in ENDINGS:
            task_id = f"truth-{ending.value}"
            mock.script(task_id, ending, running_polls=2)
            mock.inject("unknown_status", task_id=task_id)  # a status nobody documented, mid-lifecycle
            for _ in range(5):  # queued, running x2, the ending; plus the unknown-status answer
                response = client.get(url_for(route, task_id))
                assert response.status_code == 200
                state = mock.ledger.get(family, task_id).last if mock.polls(family, task_id) else TaskState.QUEUED
                if state is not TaskState.SUCCEEDED:
                    found = violations(fam, json.loads(response.content), mock.base_url)
                    problems += [f"{ending.value} poll, served {state.value}: {p}" for p in found]
            assert mock.ledger.get(family, task_id).last is fam.served_state(ending)
    assert problems == []
