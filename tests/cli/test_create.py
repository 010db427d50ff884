"""`videotask create` and `videotask download` against a MockGateway, counted by the server's ledger."""

from __future__ import annotations

import io
import json

import pytest

from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import FAMILIES
from videotask import Gateway, TaskState, family
from videotask._display import Transfers
from videotask.cli import EXIT_ERROR, EXIT_FAILED, EXIT_OK, EXIT_USAGE, request_body
from videotask.testing import MockGateway
from videotask.testing._content import video_bytes
from videotask.testing._creates import fingerprint
from videotask.testing._samples import sample_body

SIZE = 300_000
NAME = next(name for name in FAMILIES if family(name).submits)  # any family that creates


@pytest.fixture(scope="module")
def server():
    with MockGateway(running_polls=0, content_size=SIZE) as mock:
        yield mock


@pytest.fixture
def mock(server):
    server.reset()
    return server


def posts(mock):
    return sum(1 for seen in mock.requests if seen.method == "POST")


def test_set_writes_nested_keys_json_when_it_parses_else_text():
    body = request_body('{"a": {"b": 1}, "keep": "x"}', ["a.c=2", "a.b=hello", "d.e=[1, 2]", "f=true", "g=1x"])
    assert body == {"a": {"b": "hello", "c": 2}, "keep": "x", "d": {"e": [1, 2]}, "f": True, "g": "1x"}
    with pytest.raises(ValueError, match="holds str"):
        request_body('{"a": "text"}', ["a.b=1"])
    with pytest.raises(ValueError, match="key=value"):
        request_body("{}", ["novalue"])
    with pytest.raises(ValueError, match="JSON object"):
        request_body("[1]", [])


def test_create_sends_the_body_from_a_file_with_sets_once(mock, tmp_path):
    body = sample_body(NAME)
    first, *rest = body
    (tmp_path / "body.json").write_text(json.dumps({key: body[key] for key in rest}))
    result = run("create", NAME, "--body", "@" + str(tmp_path / "body.json"), "--set",
                 f"{first}={json.dumps(body[first])}", mock=mock)  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    assert "state       queued" in result.stdout
    assert mock.ledger.submissions[NAME, fingerprint(body)].tasks  # the server got exactly that body
    assert mock.ledger.submitted_tasks() == 1


@pytest.mark.slow
def test_create_wait_download_saves_the_file(mock, tmp_path):
    target = tmp_path / "out.mp4"
    result = run("create", NAME, "--body", json.dumps(sample_body(NAME)), "--download", str(target),
                 "--interval", "0", mock=mock)  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    (task_id,) = [task for fam, task in mock.ledger.created if fam == NAME]
    assert target.read_bytes() == video_bytes(task_id, SIZE)
    assert "succeeded" in result.stdout
    assert f"saved {target} ({SIZE:,} bytes)" in result.stderr  # plain lines: stderr is no terminal here
    assert posts(mock) == 1


def test_a_bad_body_is_a_usage_error_and_nothing_is_sent(mock):
    result = run("create", NAME, "--body", "{}", mock=mock)
    assert_one_line_error(result, EXIT_USAGE, "breaks")
    assert posts(mock) == 0
    assert_one_line_error(run("create", NAME, "--body", "{nope", mock=mock), EXIT_USAGE, "not JSON")


def test_a_create_that_may_have_arrived_exits_4_and_warns_not_to_resend(mock):
    mock.inject("create_drop")
    result = run("create", NAME, "--body", json.dumps(sample_body(NAME)), mock=mock)
    assert result.returncode == EXIT_ERROR
    assert "SubmitUncertain" in result.stderr
    assert "do not resend blindly" in result.stderr
    assert posts(mock) == 1
    assert mock.ledger.submitted_tasks() == 1  # the server did make it: resending would make a second


@pytest.mark.slow
def test_download_gets_the_task_then_its_file(mock, tmp_path):
    with Gateway(mock.base_url, mock.token) as gw:
        task = gw.create(NAME, sample_body(NAME))
        gw.get(NAME, task.task_id, route=task.route)  # queued; the next answer is the success
    target = tmp_path / "got.mp4"
    route = ["--route", task.route] if task.route else []
    result = run("download", NAME, task.task_id, str(target), *route, mock=mock)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.strip() == str(target)
    assert target.read_bytes() == video_bytes(task.task_id, SIZE)
    again = run("download", NAME, task.task_id, str(target), *route, mock=mock)
    assert_one_line_error(again, EXIT_USAGE, "exists", "--overwrite")
    assert run("download", NAME, task.task_id, str(target), *route, "--overwrite", mock=mock).returncode == EXIT_OK


def test_download_of_a_failed_task_exits_1(mock, tmp_path):
    mock.script("fail-dl", TaskState.FAILED, running_polls=0)
    with Gateway(mock.base_url, mock.token) as gw:
        gw.get(NAME, "fail-dl")
    result = run("download", NAME, "fail-dl", str(tmp_path / "x.mp4"), mock=mock)
    assert_one_line_error(result, EXIT_FAILED, "failed", "no result")
    assert not (tmp_path / "x.mp4").exists()


def test_plain_progress_is_a_line_per_quarter_then_the_saved_path():
    out = io.StringIO()
    transfers = Transfers(out, live=False)
    for done in (0, 100, 250, 400, 999, 1000):
        transfers.update("fam t1", done, 1000)
    transfers.saved("fam t1", "/tmp/t1.mp4", 1000)
    assert out.getvalue().splitlines() == [
        "fam t1 downloading 0 of 1,000 bytes (0%)",
        "fam t1 downloading 250 of 1,000 bytes (25%)",
        "fam t1 downloading 999 of 1,000 bytes (75%)",
        "fam t1 downloading 1,000 of 1,000 bytes (100%)",
        "fam t1 saved /tmp/t1.mp4 (1,000 bytes)",
    ]


def test_a_terminal_gets_a_bar():
    out = io.StringIO()
    transfers = Transfers(out, live=True, size=lambda: (60, 20))
    transfers.update("fam t1", 500, 1000)
    transfers.close()
    assert "fam t1" in out.getvalue()
    assert "━" in out.getvalue()  # rich's bar
