"""A known key through every fault, both gateways and the command: it never shows up in logs, exception
texts, reprs or output, even when the gateway echoes it back."""

from __future__ import annotations

import itertools
import json

import pytest

from tests.reliability.harness import KEY, captured_logs, command_runs, exception_texts, fault_outcome
from videotask import Gateway, SchemaViolation
from videotask.testing import TASK_FAULTS as FAULTS
from videotask.testing import MockGateway


@pytest.fixture(scope="module")
def mock():
    with MockGateway(token=KEY, slow_seconds=1.0) as server:
        yield server


_distinct = itertools.count(42)


def _echo_key(body):
    body["note"] = f"request had Authorization: Bearer {KEY}"
    body["status"] = next(_distinct)  # breaks the schema, a new way each time (warnings are said once)
    return body


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_fault_leaks_the_key(mock, mode):
    texts: list[str] = []
    with captured_logs() as logs:
        for fault in FAULTS:
            outcome = fault_outcome(mode, mock, fault, times=10, task_id=f"leak-{fault}")
            texts += exception_texts(outcome) if isinstance(outcome, BaseException) else [repr(outcome)]
        mock.drift("openai_videos", _echo_key)
        with Gateway(mock.base_url, KEY) as gateway:
            texts.append(repr(gateway))
            texts.append(repr(gateway._settings))
            texts.append(repr(gateway.get("openai_videos", "echo")))  # a violation warning is logged
        mock.drift("openai_videos", None)
    texts += logs.texts
    assert any("breaks its spec" in text for text in logs.texts)  # the echo was seen and logged
    assert [text for text in texts if KEY in text] == []


def test_errors_that_quote_an_echoing_body_are_scrubbed(mock):
    mock.drift("openai_videos", _echo_key)
    try:
        with Gateway(mock.base_url, KEY, validation="strict") as gateway, pytest.raises(SchemaViolation) as caught:
            gateway.get("openai_videos", "strict-echo")
    finally:
        mock.drift("openai_videos", None)
    assert KEY not in "".join(exception_texts(caught.value))


@pytest.mark.slow
def test_the_command_never_prints_the_key(mock, tmp_path):
    results = command_runs(mock, tmp_path)
    assert [r.returncode for r in results] == [4, 0, 4, 1, 0, 0, 2]
    for result in results:
        assert KEY not in result.stdout + result.stderr
    recorded = next(tmp_path.glob("*.json")).read_text()
    assert KEY not in recorded
    assert json.loads(recorded)


def test_a_recording_of_an_echoing_gateway_is_scrubbed(mock, tmp_path):
    from videotask.testing import record

    mock.drift("openai_videos", _echo_key)
    try:
        with Gateway(mock.base_url, KEY, validation="off") as gateway:
            path = record(gateway, "openai_videos", "rec-echo", tmp_path)
    finally:
        mock.drift("openai_videos", None)
    assert KEY not in path.read_text()
    assert "REDACTED" in path.read_text()
