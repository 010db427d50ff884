"""The faults a MockGateway can answer with instead of a task, and the error bodies they carry."""

from __future__ import annotations

import json
from email.utils import formatdate
from typing import Literal, get_args

from attrs import frozen

__all__ = [
    "CREATE_FAULTS",
    "FAULTS",
    "FILE_FAULTS",
    "TASK_FAULTS",
    "Answer",
    "Fault",
    "check_fault",
    "error_answer",
    "error_body",
    "status_fault",
]

Fault = Literal[
    "unauthorized",  # 401
    "forbidden",  # 403
    "not_found",  # 404
    "task_not_exist",  # 400 {"code": "task_not_exist"}, as new-api relays answer
    "request_timeout",  # 408
    "rate_limited",  # 429, Retry-After in seconds
    "rate_limited_date",  # 429, Retry-After as an HTTP date
    "server_error",  # 500
    "bad_gateway_html",  # 502 with an HTML page, as a proxy in front of the relay answers
    "unavailable",  # 503
    "origin_error",  # 520, Cloudflare's "unknown error"
    "client_closed",  # 499, nginx's "client closed request"
    "truncated_json",  # 200, the body cut in half
    "empty_body",  # 200, no body at all
    "not_object",  # 200, JSON that is not an object
    "unknown_status",  # 200, a valid body with a status nobody documented
    "slow",  # the answer comes after `slow_seconds` (longer than a client's read timeout)
    "drop",  # the connection closes without an answer
    "redirect",  # 307 to the same path on `redirect_to` (another origin) or on the mock itself
    # a create's POST (the task is made whenever the body was read: the server took it, as a billing relay would)
    "create_drop",  # the body is read and the task made, then the connection closes without an answer
    "create_server_error",  # the body is read and the task made, then a 500
    "create_slow",  # the body is read and the task made; the answer comes after `slow_seconds`
    "create_rate_limited",  # 429 with Retry-After, before the body is looked at: nothing made
    "create_unavailable",  # 503 before the body is looked at: nothing made
    # a result file (the CDN's file route, or the content route)
    "file_drop",  # the headers and half of the bytes asked for, then the connection closes
    "file_slow",  # the answer comes after `slow_seconds`
    "file_expired",  # 404, as a signed URL answers once its expiry has passed
]
FAULTS: tuple[Fault, ...] = get_args(Fault)
# faults whose answer is a task body (built by the lifecycle code), not a fixed error
BODY_FAULTS = frozenset({"truncated_json", "empty_body", "not_object", "unknown_status", "slow"})
CREATE_FAULTS = frozenset(f for f in FAULTS if f.startswith("create_"))
FILE_FAULTS = frozenset(f for f in FAULTS if f.startswith("file_"))
TASK_FAULTS = frozenset(FAULTS) - CREATE_FAULTS - FILE_FAULTS  # what a task route (and the old API) answers

JSON = "application/json"


@frozen
class Answer:
    """What the transport sends: status, headers, body; or nothing at all (`drop`), possibly late."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = JSON
    delay: float = 0.0
    drop: bool = False
    cut: int | None = None  # send the headers and this many bytes of the body, then close (a drop mid-body)


def error_body(code: str, message: str) -> bytes:
    """An error in new-api's `error` object shape (the ErrorResponse every spec declares)."""
    return json.dumps({"error": {"message": message, "type": "mock_error", "code": code}}).encode()


def error_answer(status: int, code: str, message: str, *headers: tuple[str, str]) -> Answer:
    return Answer(status, error_body(code, message), headers)


_STATUS_ERRORS: dict[str, tuple[int, bytes]] = {
    "unauthorized": (401, error_body("invalid_api_key", "mock: invalid token")),
    "forbidden": (403, error_body("forbidden", "mock: this token may not read this task")),
    "not_found": (404, error_body("not_found", "mock: no such task")),
    "task_not_exist": (400, json.dumps({"code": "task_not_exist", "message": "task_not_exist", "data": None}).encode()),
    "request_timeout": (408, error_body("request_timeout", "mock: request timeout")),
    "rate_limited": (429, error_body("rate_limit_exceeded", "mock: too many requests")),
    "rate_limited_date": (429, error_body("rate_limit_exceeded", "mock: too many requests")),
    "server_error": (500, error_body("internal_error", "mock: internal error")),
    "bad_gateway_html": (502, b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"),
    "unavailable": (503, error_body("service_unavailable", "mock: upstream overloaded")),
    "origin_error": (520, b""),
    "client_closed": (499, b""),
}


def status_fault(fault: Fault, *, location: str, retry_after: float) -> Answer:
    """The answer of a fault that needs no task body: an error status, a redirect or a dropped connection."""
    if fault == "drop":
        return Answer(0, drop=True)
    if fault == "redirect":
        return Answer(307, headers=(("Location", location),))
    status, body = _STATUS_ERRORS[fault]
    headers: tuple[tuple[str, str], ...] = ()
    if fault == "rate_limited":
        headers = (("Retry-After", f"{retry_after:g}"),)
    elif fault == "rate_limited_date":
        headers = (("Retry-After", formatdate(usegmt=True)),)
    return Answer(status, body, headers, "text/html" if fault == "bad_gateway_html" else JSON)


def check_fault(fault: str) -> None:
    if fault not in FAULTS:
        raise ValueError(f"unknown fault {fault!r} (known: {', '.join(FAULTS)})")
