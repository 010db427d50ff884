"""The MockGateway's HTTP/1.1 framing: read one request from a buffer (strictly: anything malformed is an error
answer, never an exception), write one response. Pure functions, tested with malformed requests.

Why not aiohttp's server: measured from another process (bench/run.py's server_capacity client, 200 keep-alive
connections) it served about half the responses per second of this protocol on the shared 2-core machine
(~9,000 against ~18,000/s in the same minutes), and the benchmarks need the mock well ahead of the ~7,500/s
the AsyncGateway drives.
"""

from __future__ import annotations

import re
from http import HTTPStatus

from attrs import frozen

from videotask.testing._faults import Answer

__all__ = ["MAX_BODY", "MAX_HEAD", "Problem", "Request", "parse", "render"]

MAX_HEAD = 64 * 1024  # request line and headers
MAX_BODY = 16 * 1024 * 1024  # a create's body (a multipart one carries a reference image); GETs send none
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_VERSION = re.compile(rb"HTTP/(\d)\.(\d)")
_HEX = re.compile(rb"[0-9A-Fa-f]{1,8}")
# The usual request in one match: origin-form target, HTTP/1.x, well-formed header lines (a value may not hold a
# lone CR). Anything else, and any request that announces a body, is read by the strict walk below instead.
_T = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_PLAIN_HEAD = re.compile(rf"({_T}) (/[^ \x00\r]*) HTTP/1\.([0-9])((?:\r\n{_T}:[^\r]*)*)")
_HEADER_LINE = re.compile(rf"\r\n({_T}):([^\r]*)")
_REASONS = {499: "Client Closed Request", 520: "Unknown Error"}  # not in http.HTTPStatus


@frozen
class Request:
    method: str
    target: str  # origin form: path and query, as sent (not decoded)
    headers: dict[str, str]  # names lower-cased; repeated headers joined with ", "
    keep_alive: bool
    body: bytes = b""  # de-chunked


@frozen
class Problem:
    """A request that cannot be read: answered with `status`, then the connection closes."""

    status: int
    message: str


def _problem(status: int, message: str) -> tuple[Problem, int]:
    return Problem(status, f"mock: {message}"), 0


def parse(buffer: bytes) -> tuple[Request | Problem | None, int]:
    """The first request in `buffer` and how many bytes it took; (None, 0) while it is incomplete."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0 or end > MAX_HEAD:
        if len(buffer) > MAX_HEAD:
            return _problem(431, "request head too large")
        return None, 0
    head = buffer[:end].decode("latin-1")
    plain = _PLAIN_HEAD.fullmatch(head)
    if plain is not None:
        request = _plain(plain)
        if request is not None:
            return request, end + 4
    lines = buffer[:end].split(b"\r\n")
    parts = lines[0].split(b" ")
    if len(parts) != 3 or not (parts[0] == b"GET" or _TOKEN.fullmatch(parts[0])) or b"\x00" in parts[1]:
        return _problem(400, "malformed request line")
    method, target, version = parts
    if target.startswith((b"http://", b"https://")):  # absolute form, as sent to a proxy
        target = b"/" + target.split(b"/", 3)[3] if target.count(b"/") >= 3 else b"/"
    if not target.startswith(b"/"):
        return _problem(400, "the request target must be a path")
    matched = _VERSION.fullmatch(version)
    if matched is None:
        return _problem(400, "malformed HTTP version")
    major, minor = matched.groups()
    if major != b"1":
        return _problem(505, "only HTTP/1.0 and HTTP/1.1 are served")
    headers: dict[str, str] = {}
    lengths: set[bytes] = set()
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not _TOKEN.fullmatch(name):  # also refuses obsolete line folding (a leading space)
            return _problem(400, "malformed header line")
        key, text = name.decode("ascii").lower(), value.strip(b" \t").decode("latin-1")
        if key == "content-length":
            lengths.add(value.strip(b" \t"))
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    start = end + 4
    if "transfer-encoding" in headers:
        if lengths:
            return _problem(400, "both Content-Length and Transfer-Encoding")
        if headers["transfer-encoding"].lower() != "chunked":
            return _problem(501, "only the chunked transfer coding is understood")
        chunked = _chunked(buffer, start)
        if isinstance(chunked, Problem):
            return chunked, 0
        if chunked is None:
            return None, 0
        finish, body = chunked
    elif lengths:
        (declared, *others) = lengths
        if others or not (declared.isascii() and declared.isdigit()):
            return _problem(400, "malformed Content-Length")
        if len(declared) > len(str(MAX_BODY)) or int(declared) > MAX_BODY:  # no 5,000-digit int() either
            return _problem(413, "request body too large")
        size = int(declared)
        if len(buffer) < start + size:
            return None, 0
        finish = start + size
        body = buffer[start:finish]
    else:
        finish, body = start, b""
    connection = headers.get("connection", "").lower()
    keep_alive = connection != "close" if minor != b"0" else connection == "keep-alive"
    return Request(method.decode("ascii"), target.decode("latin-1"), headers, keep_alive, body), finish


def _plain(head: re.Match[str]) -> Request | None:
    """The request of a head `_PLAIN_HEAD` matched; None when it announces a body (the strict walk reads it)."""
    method, target, minor, block = head.groups()
    headers: dict[str, str] = {}
    for name, value in _HEADER_LINE.findall(block):
        key, text = name.lower(), value.strip(" \t")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    if "content-length" in headers or "transfer-encoding" in headers:
        return None
    connection = headers.get("connection", "").lower()
    keep_alive = connection != "close" if minor != "0" else connection == "keep-alive"
    return Request(method, target, headers, keep_alive)


def _chunked(buffer: bytes, pos: int) -> tuple[int, bytes] | Problem | None:
    """Where a chunked body (and its trailers) ends, and the body; None while it is incomplete."""
    total = 0
    parts: list[bytes] = []
    while True:
        eol = buffer.find(b"\r\n", pos)
        if eol < 0:
            return Problem(400, "mock: malformed chunk size") if len(buffer) - pos > 1024 else None
        size_text = buffer[pos:eol].split(b";", 1)[0].strip(b" \t")
        if not _HEX.fullmatch(size_text):
            return Problem(400, "mock: malformed chunk size")
        size = int(size_text, 16)
        total += size
        if total > MAX_BODY:
            return Problem(413, "mock: request body too large")
        pos = eol + 2
        if size == 0:
            break
        if len(buffer) < pos + size + 2:
            return None
        if buffer[pos + size : pos + size + 2] != b"\r\n":
            return Problem(400, "mock: a chunk is longer than its size")
        parts.append(buffer[pos : pos + size])
        pos += size + 2
    while True:  # trailers, up to the empty line
        eol = buffer.find(b"\r\n", pos)
        if eol < 0:
            return Problem(431, "mock: trailers too large") if len(buffer) - pos > MAX_HEAD else None
        if eol == pos:
            return pos + 2, b"".join(parts)
        pos = eol + 2


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Status"


def render(answer: Answer, keep_alive: bool = True) -> bytes:
    """The response's bytes (header names lower-case, as HTTP/1.1 allows)."""
    key = (answer.status, answer.content_type, answer.headers, len(answer.body), keep_alive)
    head = _HEADS.get(key)
    if head is None:
        if len(_HEADS) >= _HEADS_MAX:
            _HEADS.clear()
        head = _HEADS[key] = _head(*key)
    return head + answer.body


_HEADS: dict[tuple[int, str, tuple[tuple[str, str], ...], int, bool], bytes] = {}  # polls repeat their heads
_HEADS_MAX = 4096


def _head(status: int, content_type: str, headers: tuple[tuple[str, str], ...], length: int, keep_alive: bool) -> bytes:
    reason = _REASONS.get(status) or _phrase(status)
    extra = "".join(f"{name.lower()}: {value}\r\n" for name, value in headers)
    if not keep_alive:
        extra += "connection: close\r\n"
    head = f"HTTP/1.1 {status} {reason}\r\ncontent-type: {content_type}\r\ncontent-length: {length}\r\n{extra}\r\n"
    return head.encode("latin-1")
