"""Every fault, sync (httpx) and async (aiohttp), through the MockGateway: a typed error with the raw body,
or success after retries where retrying is right; nothing untyped escapes."""

from __future__ import annotations

import pytest

from tests.reliability.harness import FAULT_MATRIX, NOT_RETRIED, fault_outcome
from videotask import APIStatusError, GatewayError, InvalidResponse, TaskState, VideoTask
from videotask.testing import TASK_FAULTS as FAULTS
from videotask.testing import MockGateway

MODES = ["sync", "async"]


@pytest.fixture(scope="module")
def mock():
    with MockGateway(slow_seconds=1.0) as server:
        yield server


def test_the_matrix_covers_every_fault_the_mock_has():
    assert set(FAULT_MATRIX) == set(FAULTS)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", sorted(FAULT_MATRIX))
def test_a_fault_that_persists(mock, mode, fault):
    outcome = fault_outcome(mode, mock, fault, times=10, task_id=f"persist-{fault}-{mode}")
    expected = FAULT_MATRIX[fault]
    if expected is None:
        assert isinstance(outcome, VideoTask)
        assert outcome.state is (TaskState.UNKNOWN if fault == "unknown_status" else TaskState.QUEUED)
        return
    assert isinstance(outcome, GatewayError), repr(outcome)
    assert type(outcome) is expected
    if isinstance(outcome, APIStatusError | InvalidResponse):
        sent = mock.requests[-1]
        assert sent.path.endswith(f"/persist-{fault}-{mode}")
        assert outcome.body is not None  # the raw body, as the gateway sent it
        if fault == "bad_gateway_html":
            assert outcome.body.startswith(b"<html>")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", sorted(set(FAULT_MATRIX) - NOT_RETRIED))
def test_a_fault_once_is_retried_away(mock, mode, fault):
    outcome = fault_outcome(mode, mock, fault, times=1, task_id=f"once-{fault}-{mode}")
    assert isinstance(outcome, VideoTask), repr(outcome)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", sorted(NOT_RETRIED))
def test_client_errors_are_not_retried(mock, mode, fault):
    task_id = f"final-{fault}-{mode}"
    outcome = fault_outcome(mode, mock, fault, times=1, task_id=task_id)
    assert isinstance(outcome, FAULT_MATRIX[fault])
    assert sum(1 for seen in mock.requests if seen.path.endswith(task_id)) == 1
