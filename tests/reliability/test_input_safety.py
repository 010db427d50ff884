"""Task ids never leave the task route; Authorization never follows a redirect to another origin; plain http
to a remote host warns once."""

from __future__ import annotations

import logging
from urllib.parse import quote

import pytest

from tests.reliability.harness import get_once
from videotask import Gateway, InvalidTaskId
from videotask.testing import MockGateway

MODES = ["sync", "async"]
ROUTES = {"jimeng": "/jimeng/fetch/", "openai_videos": "/v1/videos/"}
ENCODED = ["a/b", "../../v1/admin", "a?x=1", "a#frag", "100%", "%2e%2e", "a b", "ä/ö", "a\\b", "?", "#", "/", "%"]
REJECTED = ["", ".", "..", " ", "a\nb", "a\rb", "a\x00b", "\x7f", "x" * 1025]


@pytest.fixture(scope="module")
def mock():
    with MockGateway() as server:
        yield server


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("family", sorted(ROUTES))
@pytest.mark.parametrize("task_id", ENCODED, ids=[repr(t) for t in ENCODED])
def test_ids_are_encoded_into_one_path_segment(mock, mode, family, task_id):
    task = get_once(mode, mock, family, task_id)
    seen = mock.requests[-1]
    assert seen.path == ROUTES[family] + quote(task_id, safe="")  # the whole id, one segment, nothing after
    assert task.task_id == task_id
    assert task.raw["id" if family == "openai_videos" else "data"] != {}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("task_id", REJECTED, ids=[repr(t[:10]) for t in REJECTED])
def test_ids_that_could_leave_the_route_are_refused_before_sending(mock, mode, task_id):
    before = mock.served
    with pytest.raises(InvalidTaskId):
        get_once(mode, mock, "jimeng", task_id)
    assert mock.served == before


def test_the_longest_id_allowed_is_sent(mock):
    assert get_once("sync", mock, "jimeng", "x" * 1024).task_id == "x" * 1024


@pytest.mark.parametrize("mode", MODES)
def test_authorization_does_not_follow_a_redirect_to_another_origin(mode):
    with MockGateway(token=None) as elsewhere, MockGateway(redirect_to=elsewhere.base_url) as gateway:
        gateway.inject("redirect", task_id="r-1")
        task = get_once(mode, gateway, "jimeng", "r-1")
        assert task.task_id == "r-1"
        assert gateway.requests[-1].headers["authorization"] == f"Bearer {gateway.token}"
        assert elsewhere.requests[-1].path == "/jimeng/fetch/r-1"
        assert "authorization" not in elsewhere.requests[-1].headers


@pytest.mark.parametrize("mode", MODES)
def test_authorization_follows_a_redirect_on_the_same_origin(mode):
    with MockGateway() as gateway:
        gateway.inject("redirect", task_id="r-2")
        assert get_once(mode, gateway, "jimeng", "r-2").task_id == "r-2"
        assert [seen.headers.get("authorization") for seen in gateway.requests] == [f"Bearer {gateway.token}"] * 2


def test_plain_http_to_a_remote_host_warns_once(caplog):
    caplog.set_level(logging.WARNING, logger="videotask")
    for _ in range(3):
        Gateway("http://relay.invalid", "sk-x").close()
    Gateway("http://127.0.0.1:9", "sk-x").close()
    Gateway("https://secure.invalid", "sk-x").close()
    warnings = [r.getMessage() for r in caplog.records if "plain-http" in r.getMessage()]
    assert warnings == ["videotask: plain-http base URL http://relay.invalid sends the API key unencrypted"]
