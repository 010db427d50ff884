"""What the mock puts on the wire where it is not a well-behaved server, read off a raw socket: a dropped answer
is a closed connection with no byte, a file cut half-way announces its whole length and sends half of it; and
what its HTTP layer hands the app (header names lower-cased, repeats joined, an absolute-form target's path).
HTTP framing itself (chunked bodies, pipelining, malformed requests) is aiohttp's and not tested here."""

from __future__ import annotations

import socket

import pytest

from videotask.testing import MockGateway

HEAD = b" HTTP/1.1\r\nHost: x\r\n"


@pytest.fixture(scope="module")
def server():
    with MockGateway(token=None, running_polls=0, content_size=1000) as mock:
        yield mock


@pytest.fixture
def mock(server):
    server.reset()
    return server


def _exchange(mock: MockGateway, raw: bytes) -> bytes:
    """Send `raw` and read until the server closes."""
    with socket.create_connection(("127.0.0.1", mock.port), timeout=5) as conn:
        conn.sendall(raw)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def _get(path: str, *headers: bytes) -> bytes:
    return b"GET " + path.encode() + HEAD + b"".join(h + b"\r\n" for h in headers) + b"\r\n"


def test_a_drop_closes_without_a_byte_and_the_next_connection_is_served(mock):
    mock.inject("drop")
    assert _exchange(mock, _get("/v1/videos/d")) == b""
    answer = _exchange(mock, _get("/v1/videos/d", b"Connection: close"))
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n")


def test_a_cut_file_announces_its_length_and_sends_half(mock):
    for _ in range(2):  # queued, then (no running polls) succeeded
        assert _exchange(mock, _get("/v1/videos/w", b"Connection: close")).startswith(b"HTTP/1.1 200 ")
    mock.inject("file_drop", task_id="w")
    answer = _exchange(mock, _get("/v1/videos/w/content"))  # keep-alive asked: the server still closes
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"\r\nContent-Length: 1000\r\n" in head
    assert len(body) == 500
    assert body[:8] == b"\x00\x00\x00\x18ftyp"  # the file's start: an MP4's ftyp box


def test_statuses_without_a_standard_phrase_keep_their_usual_one(mock):
    mock.inject("client_closed")
    assert _exchange(mock, _get("/v1/videos/c", b"Connection: close")).startswith(
        b"HTTP/1.1 499 Client Closed Request\r\n"
    )


def test_the_app_sees_lower_case_names_and_repeats_joined(mock):
    _exchange(mock, _get("/v1/videos/h?x=1", b"X-Trace: a", b"x-trace: b", b"Connection: close"))
    seen = mock.requests[-1]
    assert (seen.path, seen.headers["x-trace"], seen.headers["host"]) == ("/v1/videos/h", "a, b", "x")


def test_an_absolute_form_target_is_read_as_its_path(mock):
    raw = _get(f"http://127.0.0.1:{mock.port}/v1/videos/abs", b"Connection: close")
    assert _exchange(mock, raw).startswith(b"HTTP/1.1 200 ")
    assert mock.requests[-1].path == "/v1/videos/abs"
