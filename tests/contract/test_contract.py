"""`videotask contract` (what `make contract` runs) against a MockGateway standing in for a live gateway."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import run
from videotask import contract_violations, validate
from videotask.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from videotask.testing import MockGateway


@pytest.fixture
def mock():
    with MockGateway(running_polls=1) as server:
        yield server


def contract(mock, tasks):
    return run("contract", mock=mock, env={"VIDEOTASK_CONTRACT_TASKS": tasks})


def test_without_a_gateway_it_is_skipped_in_one_line():
    result = run("contract")
    assert result.returncode == EXIT_OK
    assert result.stdout.startswith("contract: skipped (set VIDEOTASK_BASE_URL")
    assert len(result.stdout.splitlines()) == 1


def test_a_gateway_that_keeps_its_specs_passes(mock):
    result = contract(mock, "jimeng:a, openai_videos:b,video_generations:c,vidu_native:fail-d")
    assert result.returncode == EXIT_OK, result.stdout
    assert "contract: 4 of 4 task(s) keep their spec" in result.stdout
    assert "ok   jimeng:a (queued, NOT_START)" in result.stdout


def _rename_status(body):
    body["state_name"] = body.pop("status")
    return body


def _new_status(body):
    body["data"]["status"] = "THROTTLED"
    return body


def _progress_as_text(body):
    body["progress"] = "45 percent"
    return body


def _drop_url(body):
    body.pop("url", None)
    return body


@pytest.mark.parametrize(
    ("family", "change", "task_id", "expected"),
    [
        ("openai_videos", _rename_status, "r", "no status at $.status (a renamed field?)"),
        ("jimeng", _new_status, "n", "status 'THROTTLED' is not in the jimeng status table"),
        ("openai_videos", _progress_as_text, "t", '$.progress: "45 percent" is not of type "integer"'),
        ("video_generations", _drop_url, "u", "status 'completed' means success but no video URL"),
    ],
    ids=["renamed-field", "new-status", "changed-type", "missing-url"],
)
def test_a_drifted_gateway_fails_with_a_readable_message(mock, family, change, task_id, expected):
    mock.drift(family, change)
    if change is _drop_url:
        mock.script(task_id, running_polls=0)
        run("get", family, task_id, mock=mock)  # queued, then the next poll is the success
    result = contract(mock, f"{family}:{task_id},vidu_native:fine")
    assert result.returncode == EXIT_FAILED, result.stdout
    assert f"FAIL {family}:{task_id}: " in result.stdout
    assert expected in result.stdout
    assert "ok   vidu_native:fine" in result.stdout
    assert "contract: 1 of 2 task(s) keep their spec" in result.stdout


def test_a_gateway_error_fails_the_contract(mock):
    mock.inject("not_found", task_id="gone", times=3)
    result = contract(mock, "jimeng:gone")
    assert result.returncode == EXIT_FAILED
    assert "FAIL jimeng:gone: NotFoundError: HTTP 404" in result.stdout


def test_a_malformed_task_list_is_a_usage_error(mock):
    result = contract(mock, "jimeng-no-colon")
    assert result.returncode == EXIT_USAGE
    assert "VIDEOTASK_CONTRACT_TASKS: 'jimeng-no-colon' is not family:id" in result.stderr


def test_the_schema_alone_lets_drift_through_and_the_contract_does_not():
    renamed = {"task_id": "a", "state": "completed", "url": "https://cdn.example/v.mp4"}
    assert not validate("video_generations", renamed)
    assert [str(v) for v in contract_violations("video_generations", renamed)] == [
        "$: no status at $.status, $.data.status, $.data.data.status (a renamed field?)"
    ]
