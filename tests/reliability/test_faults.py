"""Every fault, sync (httpx) and async (aiohttp), through the MockGateway: a typed error with the raw body,
or success after retries where retrying is right; nothing untyped escapes.

Each test counts, through the server's own ledger (`faults_served`) and its request log, how many times the
fault was served and how many requests reached the task: a test whose fault never fired fails."""

from __future__ import annotations

import pytest

from tests.reliability import harness
from tests.reliability.harness import FAULT_MATRIX, NOT_RETRIED, fault_outcome
from videotask import APIStatusError, GatewayError, InvalidResponse, TaskState, VideoTask
from videotask.testing import TASK_FAULTS as FAULTS
from videotask.testing import MockGateway

MODES = ["sync", "async"]


def kinds(faults):
    """`faults` in order, the `slow` one marked slow: it waits out the client's timeout on every attempt."""
    return [pytest.param(f, marks=pytest.mark.slow) if f == "slow" else f for f in sorted(faults)]


TRIES = 3  # a GET is sent at most 1 + max_retries times, and max_retries is 2 unless the caller says otherwise


def served_when_persistent(fault: str, mode: str) -> int:
    """How many times the server serves `fault` to one `get` when it would serve it 10 times in a row."""
    if fault in NOT_RETRIED or fault == "unknown_status":
        return 1  # a client error is final; an unknown status is a task, not an error
    if fault == "redirect":
        return 10  # each 307 is followed to the same route, which answers the next 307, until the queue is empty
    if fault == "drop" and mode == "async":
        # aiohttp sends an idempotent request once more itself when the server closes the connection without
        # an answer (RFC 9112 9.3.1, aiohttp's retry_persistent_connection): each attempt reaches the server twice
        return 2 * TRIES
    return TRIES


@pytest.fixture(scope="module")
def mock():
    with MockGateway(slow_seconds=3.0) as server:
        yield server


@pytest.fixture(autouse=True)
def patient_client(monkeypatch):
    """A client that gives up after 1 s (the harness's 0.3 s suits `make reliability`'s many runs): the counts
    below are exact, and a loaded machine pausing a worker for 0.3 s must not add a request to them."""
    monkeypatch.setattr(harness, "CLIENT_TIMEOUT", 1.0)


def served(mock: MockGateway, fault: str, task_id: str, run) -> tuple[int, int, object]:
    """(faults of this kind the server served, requests for `task_id` it saw, outcome) while `run` ran."""
    before = mock.faults_served[fault]
    outcome = run()
    requests = sum(1 for seen in mock.requests if seen.path.endswith(f"/{task_id}"))
    return mock.faults_served[fault] - before, requests, outcome


def test_the_matrix_covers_every_fault_the_mock_has():
    assert set(FAULT_MATRIX) == set(FAULTS)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", kinds(FAULT_MATRIX))
def test_a_fault_that_persists(mock, mode, fault):
    task_id = f"persist-{fault}-{mode}"
    faults, requests, outcome = served(
        mock, fault, task_id, lambda: fault_outcome(mode, mock, fault, times=10, task_id=task_id)
    )
    assert faults == served_when_persistent(fault, mode)
    assert requests == faults + (fault == "redirect")  # after the tenth 307, the eleventh request gets the task
    expected = FAULT_MATRIX[fault]
    if expected is None:
        assert isinstance(outcome, VideoTask)
        assert outcome.state is (TaskState.UNKNOWN if fault == "unknown_status" else TaskState.QUEUED)
        return
    assert isinstance(outcome, GatewayError), repr(outcome)
    assert type(outcome) is expected
    if isinstance(outcome, APIStatusError | InvalidResponse):
        assert mock.requests[-1].path == f"/jimeng/fetch/{task_id}"
        assert outcome.body is not None  # the raw body, as the gateway sent it
        if fault == "bad_gateway_html":
            assert outcome.body.startswith(b"<html>")
        if fault == "empty_body":
            assert outcome.body == b""


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", kinds(set(FAULT_MATRIX) - NOT_RETRIED - {"unknown_status"}))
def test_a_fault_once_is_retried_away(mock, mode, fault):
    task_id = f"once-{fault}-{mode}"
    faults, requests, outcome = served(
        mock, fault, task_id, lambda: fault_outcome(mode, mock, fault, times=1, task_id=task_id)
    )
    assert (faults, requests) == (1, 2)  # the fault was served, then the task: one more request, not more
    assert isinstance(outcome, VideoTask), repr(outcome)
    # a slow answer is the task's first (queued) answer, sent after the client gave up on it: the server served
    # two lifecycle answers and the client read the second (running); any other fault kept the task unread
    answers, state = (2, TaskState.RUNNING) if fault == "slow" else (1, TaskState.QUEUED)
    assert mock.ledger.get("jimeng", task_id).answers == answers
    assert outcome.state is state


@pytest.mark.parametrize("mode", MODES)
def test_an_unknown_status_is_a_task_at_once(mock, mode):
    task_id = f"once-unknown_status-{mode}"
    faults, requests, outcome = served(
        mock, "unknown_status", task_id, lambda: fault_outcome(mode, mock, "unknown_status", times=1, task_id=task_id)
    )
    assert (faults, requests) == (1, 1)
    assert isinstance(outcome, VideoTask)
    assert outcome.state is TaskState.UNKNOWN


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", sorted(NOT_RETRIED))
def test_client_errors_are_not_retried(mock, mode, fault):
    task_id = f"final-{fault}-{mode}"
    faults, requests, outcome = served(
        mock, fault, task_id, lambda: fault_outcome(mode, mock, fault, times=1, task_id=task_id)
    )
    assert (faults, requests) == (1, 1)
    assert type(outcome) is FAULT_MATRIX[fault]
