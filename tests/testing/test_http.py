"""The mock's HTTP framing with malformed requests: each is an error answer (and a closed connection), never
an exception, a hang or a desynchronised connection; pipelined and chunked requests are read in step."""

from __future__ import annotations

import re
import socket

import pytest

from videotask.testing import MockGateway
from videotask.testing._http import MAX_BODY, MAX_HEAD, Problem, Request, parse

GET = b"GET /v1/videos/a HTTP/1.1\r\nHost: x\r\n"


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (GET + b"Content-Length: abc\r\n\r\n", 400),
        (GET + b"Content-Length: -5\r\n\r\n", 400),
        (GET + b"Content-Length: +5\r\n\r\n", 400),
        (GET + b"Content-Length: \xd9\xa3\r\n\r\n", 400),  # an Arabic-Indic digit: str.isdigit() says yes
        (GET + b"Content-Length: 5\r\nContent-Length: 6\r\n\r\n", 400),
        (GET + b"Content-Length: " + b"9" * 5000 + b"\r\n\r\n", 413),  # beyond int()'s digit limit
        (GET + b"Content-Length: %d\r\n\r\n" % (MAX_BODY + 1), 413),
        (GET + b"Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        (GET + b"Transfer-Encoding: gzip\r\n\r\n", 501),
        (GET + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        (GET + b"Transfer-Encoding: chunked\r\n\r\n3\r\nabcdef\r\n0\r\n\r\n", 400),
        (GET + b"Transfer-Encoding: chunked\r\n\r\nfffffff\r\n", 413),
        (b"GET /v1/videos/a\r\nHost: x\r\n\r\n", 400),
        (b"GET  /v1/videos/a HTTP/1.1\r\n\r\n", 400),
        (b"G(T /v1/videos/a HTTP/1.1\r\n\r\n", 400),
        (b"GET v1/videos/a HTTP/1.1\r\n\r\n", 400),
        (b"GET /v1/videos/a HTTP/x\r\n\r\n", 400),
        (b"GET /v1/videos/a HTTP/2.0\r\n\r\n", 505),
        (GET + b"no colon here\r\n\r\n", 400),
        (GET + b" folded: line\r\n\r\n", 400),
        (GET + b"bad name: x\r\n\r\n", 400),
        (b"GET /" + b"a" * (MAX_HEAD + 10), 431),
        (GET + b"X: " + b"a" * MAX_HEAD + b"\r\n\r\n", 431),
    ],
)
def test_malformed_requests_are_error_answers(raw, status):
    problem, used = parse(raw)
    assert isinstance(problem, Problem)
    assert (problem.status, used) == (status, 0)


def test_complete_requests_and_what_they_take():
    one = GET + b"Connection: close\r\n\r\n"
    request, used = parse(one + b"GET /next")
    assert isinstance(request, Request)
    assert (request.method, request.target, request.keep_alive, used) == ("GET", "/v1/videos/a", False, len(one))
    chunked = b"POST /v1/videos/a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nT: 1\r\n\r\n"
    request, used = parse(chunked + b"GET")
    assert isinstance(request, Request)
    assert used == len(chunked)
    with_body = b"POST /a HTTP/1.0\r\nContent-Length: 4\r\n\r\nbody"
    request, used = parse(with_body)
    assert isinstance(request, Request)
    assert (used, request.keep_alive) == (len(with_body), False)
    absolute, _ = parse(b"GET http://127.0.0.1:9/v1/videos/a?x=1 HTTP/1.1\r\nA: 1\r\nA: 2\r\n\r\n")
    assert isinstance(absolute, Request)
    assert (absolute.target, absolute.headers["a"]) == ("/v1/videos/a?x=1", "1, 2")


@pytest.mark.parametrize("cut", [5, len(GET), len(GET) + 2])
def test_an_incomplete_request_waits_for_more(cut):
    assert parse((GET + b"Content-Length: 4\r\n\r\nbody")[:cut]) == (None, 0)
    assert parse(GET + b"Content-Length: 4\r\n\r\nbo") == (None, 0)
    assert parse(GET + b"Transfer-Encoding: chunked\r\n\r\n4\r\nbo") == (None, 0)


def _exchange(mock: MockGateway, raw: bytes) -> bytes:
    """Send `raw`, read until the server closes or goes quiet."""
    with socket.create_connection(("127.0.0.1", mock.port), timeout=2) as conn:
        conn.sendall(raw)
        conn.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_over_a_socket_bad_requests_close_and_the_server_goes_on():
    with MockGateway(token=None) as mock:
        answer = _exchange(mock, GET + b"Content-Length: -1\r\n\r\n" + GET + b"\r\n")
        assert answer.startswith(b"HTTP/1.1 400 ")
        assert answer.count(b"HTTP/1.1") == 1  # nothing after a request it could not read
        assert b"connection: close" in answer
        pipelined = _exchange(
            mock,
            b"POST /v1/videos/p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
            + GET.replace(b"/a", b"/p")
            + b"\r\n"
            + GET.replace(b"/a", b"/p")
            + b"Connection: close\r\n\r\n",
        )
        assert re.findall(rb"HTTP/1\.1 (\d{3}) ", pipelined) == [b"405", b"200", b"200"]
        assert mock.polls("openai_videos", "p") == 2


@pytest.mark.parametrize(
    ("raw", "headers", "keep_alive"),
    [
        (b"GET /a HTTP/1.1\r\nX:  pad \t\r\nHost:h\r\nx: second\r\n\r\n", {"x": "pad, second", "host": "h"}, True),
        (b"GET /a HTTP/1.1\r\nX: v\n\r\n\r\n", {"x": "v\n"}, True),  # a lone LF is part of the value
        (b"GET /a HTTP/1.1\r\nEmpty:\r\nConnection: Close\r\n\r\n", {"empty": "", "connection": "Close"}, False),
        (b"GET /a HTTP/1.0\r\n\r\n", {}, False),
        (b"GET /a HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", {"connection": "Keep-Alive"}, True),
    ],
)
def test_plain_heads_are_read_as_the_strict_walk_reads_them(raw, headers, keep_alive):
    request, used = parse(raw + b"GET /next")
    assert request == Request("GET", "/a", headers, keep_alive)
    assert used == len(raw)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"GET /a\r\nX: HTTP/1.1\r\n\r\n", "mock: malformed request line"),  # the line ends at the first CRLF
        (b"GET /a HTTP/1.1 \r\n\r\n", "mock: malformed request line"),
        (b"GET /a HTTP/1.1\r\nX: a\rb\r\n:\r\n\r\n", "mock: malformed header line"),  # a lone CR, no name
    ],
)
def test_heads_the_quick_match_refuses_still_get_the_strict_answer(raw, message):
    assert parse(raw) == (Problem(400, message), 0)


def test_a_get_with_a_body_is_read_whole():
    raw = b"GET /a HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi"
    request, used = parse(raw + b"GET")
    assert (request.body, used) == (b"hi", len(raw))
