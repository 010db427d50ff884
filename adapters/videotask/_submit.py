"""What a create needs besides sending: the submit operation, the body checked and encoded, the answer read
whatever its shape, and the rule that keeps one create from becoming two billed tasks.

Pure functions; the gateways only send, sleep and loop.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
from collections.abc import Callable, Mapping
from pathlib import Path, PurePath
from typing import Any

import attrs
import httpx
import orjson

from videotask._errors import (
    FamilyDefinitionError,
    GatewayError,
    InvalidRequest,
    InvalidResponse,
    RateLimitError,
    SentRequest,
    ServerError,
    SubmitUncertain,
    TransportError,
)
from videotask._families import Family, Operation
from videotask._http import MAX_RETRY_AFTER, Reply, Settings, _parse, check_answer, is_retryable, retry_delay
from videotask._paths import compile_first
from videotask._task import TaskState, VideoTask
from videotask._validation import Violation, report

__all__ = ["ID_PLACES", "Prepared", "prepare", "read_created", "submit_delay_or_raise"]

JSON, MULTIPART = "application/json", "multipart/form-data"
# where a submit answer holds the new task's id and its status word, after the family's own declared places:
# {task_id}, {id} (the OpenAI object), Kling's data.task_id, DashScope's output.task_id, new-api's data string
ID_PLACES = (("task_id",), ("id",), ("data", "task_id"), ("data", "id"), ("output", "task_id"), ("data",))
_STATUS_PLACES = (("status",), ("task_status",), ("data", "status"), ("data", "task_status"), ("output", "task_status"))
_SNIFF = ((b"\x89PNG", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"))


@attrs.frozen
class Prepared:
    """One create, ready to send as often as the rules allow: the same bytes (and key) every time."""

    operation: Operation
    request: SentRequest
    headers: dict[str, str]  # what the sender adds to its defaults (the key travels there, never here)
    idempotent: bool  # the family's relay honours an idempotency header, and this request carries one
    route: str | None  # the query route the created task is read through


@attrs.frozen
class _Compiled:
    task_id: Callable[[Any], Any]
    status: Callable[[Any], Any]


def _compiled(fam: Family) -> _Compiled:
    """The family's submit-answer readers, built once and kept with the Family."""

    def build() -> _Compiled:
        decl = fam.override
        ids = (*decl.submit.task_id, *decl.fields["task_id"], *ID_PLACES)
        statuses = (*decl.status_fields, *_STATUS_PLACES)
        return _Compiled(
            compile_first(list(dict.fromkeys(ids)), "scalar", "submit_task_id"),
            compile_first(list(dict.fromkeys(statuses)), "scalar", "submit_status"),
        )

    return fam.memo("submit", build)


def _as_dict(body: Any) -> dict[str, Any]:
    if hasattr(body, "to_dict"):  # a generated request model
        body = body.to_dict()
    if not isinstance(body, Mapping):
        raise TypeError(f"a create's body is a dict or a generated request model, not {type(body).__name__}")
    return dict(body)


def _file(name: str, value: Any) -> tuple[str, bytes, str] | None:
    """(file name, bytes, media type) when `value` is a file to upload, else None. The name sent is the
    local file's own (or the field's), a fact about the caller's file, never taken from a server."""
    if isinstance(value, PurePath):
        data, filename = Path(value).read_bytes(), value.name  # read whole: a reference image, small
    elif isinstance(value, bytes | bytearray | memoryview):
        data, filename = bytes(value), ""
    elif hasattr(value, "payload") and hasattr(value.payload, "read"):  # the generated clients' File
        data, filename = value.payload.read(), getattr(value, "file_name", None) or ""
    elif isinstance(value, tuple) and len(value) >= 2 and hasattr(value[1], "read"):  # File.to_tuple()
        data, filename = value[1].read(), value[0] or ""
    else:
        return None
    media = mimetypes.guess_type(filename)[0] if filename else None
    if media is None:
        media = next((kind for magic, kind in _SNIFF if data.startswith(magic)), None)
        if media is None and data[8:12] == b"WEBP":
            media = "image/webp"
        media = media or "application/octet-stream"
    return filename or f"{name}{mimetypes.guess_extension(media) or ''}", data, media


def _form_value(value: Any) -> Any:
    return orjson.dumps(value).decode() if isinstance(value, dict) else value


def prepare(fam: Family, body: Any, route: str | None, settings: Settings) -> Prepared:
    """The create's request: the body checked against the submit schema (InvalidRequest listing every
    violation, before anything is sent) and encoded once, JSON or multipart (a file in the body)."""
    op = fam.submit(route)
    if "{" in op.path:
        raise FamilyDefinitionError(f"{fam.name}.{op.id}: a submit route with path parameters is not supported")
    fields = _as_dict(body)
    files = {name: found for name, value in fields.items() if (found := _file(name, value)) is not None}
    content_types = ((op.spec.get("requestBody") or {}).get("content")) or {}
    media = MULTIPART if MULTIPART in content_types and (files or JSON not in content_types) else JSON
    checked = {name: "" if name in files else value for name, value in fields.items()}  # a file is a string
    problems: list[Violation] = []
    if files and media != MULTIPART:
        problems += [
            Violation(f"$.{name}", "a file needs a multipart/form-data route; this one takes JSON") for name in files
        ]
    compiled = fam.request_validator(op, media) if settings.validation != "off" else None
    if compiled is not None:
        problems += report(*compiled, checked)
    if problems:
        shown = settings.scrub("; ".join(str(v) for v in problems[:5]))
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise InvalidRequest(f"{fam.name} create body breaks {op.id}'s schema: {shown}{more}", violations=problems)
    if media == MULTIPART:
        form = {name: _form_value(value) for name, value in fields.items() if name not in files and value is not None}
        encoded = httpx.Request("POST", settings.base_url, data=form, files=files)  # one encoder for both clients
        headers, content = {"Content-Type": encoded.headers["Content-Type"]}, encoded.read()
    else:
        try:
            content = orjson.dumps(fields)
        except TypeError as exc:
            raise InvalidRequest(
                f"{fam.name} create body is not JSON: {exc}", violations=[Violation("$", str(exc))]
            ) from None
        headers = {"Content-Type": JSON}
    headers = {**op.headers, **headers}  # what the operation always needs (DashScope's async switch)
    header = fam.override.submit.idempotency_header
    if header:
        headers[header] = os.urandom(16).hex()  # one per create; every retry of it repeats it
    query_route = op.route if any(q.route == op.route for q in fam.queries) else None
    request = SentRequest(op.method, settings.base_url + op.path, content, {"Accept": JSON, **headers})
    return Prepared(op, request, headers, bool(header), query_route)


def read_created(fam: Family, prepared: Prepared, reply: Reply, settings: Settings) -> VideoTask:
    """The created task from the submit answer, whatever its shape; InvalidResponse (keeping the body) when it
    names no task id. A spec violation is only logged: the task exists, and raising invites a resubmit."""
    parsed = _parse(reply, settings)
    with contextlib.suppress(FamilyDefinitionError):  # a status the doc declares no schema for: nothing to check
        check_answer(fam, prepared.operation, parsed, reply, settings, what="create answer", strict=False)
    compiled = _compiled(fam)
    found = compiled.task_id(parsed)
    if found is None:
        snippet = settings.scrub(reply.content[:200].decode("utf-8", "replace"))
        raise InvalidResponse(
            f"{fam.name} create answered HTTP {reply.status_code} naming no task id: {snippet}",
            status_code=reply.status_code,
            body=reply.content,
        )
    word = compiled.status(parsed)
    raw_status = None if word is None else str(word)
    state = TaskState.QUEUED if raw_status is None else fam.override.state_of(raw_status) or TaskState.UNKNOWN
    return VideoTask(
        fam.name, str(found), state, raw_status, None, None, None, None, None, None, parsed, route=prepared.route
    )


def provably_unsent(error: GatewayError) -> bool:
    """The POST never reached the server, or the server refused it before reading it: safe to send again."""
    if isinstance(error, TransportError):
        return error.unsent
    if isinstance(error, RateLimitError):
        return error.retry_after is not None
    return isinstance(error, ServerError) and error.status_code == 503


def _may_have_arrived(error: GatewayError) -> bool:
    if isinstance(error, TransportError):
        return not error.unsent
    return isinstance(error, ServerError) and error.status_code != 503


def _final(error: GatewayError, prepared: Prepared) -> GatewayError:
    """The error a create raises: SubmitUncertain when the POST may have reached the server."""
    if not _may_have_arrived(error):
        return error
    request = prepared.request
    uncertain = SubmitUncertain(
        f"{request.method} {request.url} may have reached the server ({error}); a task may exist and be billed:"
        " check before resubmitting",
        request=request,
        cause=error,
    )
    uncertain.__cause__ = error
    return uncertain


def submit_delay_or_raise(
    error: GatewayError, attempt: int, settings: Settings, deadline: float | None, now: float, prepared: Prepared
) -> float:
    """Seconds to wait before sending the same POST again, or raises. Without an idempotency key a POST is
    repeated only when it provably never reached the server; with one, as a GET would be."""
    retry = is_retryable(error) if prepared.idempotent else provably_unsent(error)
    if isinstance(error, RateLimitError) and error.retry_after is not None and error.retry_after > MAX_RETRY_AFTER:
        retry = False
    delay = retry_delay(attempt, error)
    if not retry or attempt >= settings.max_retries or (deadline is not None and now + delay > deadline):
        raise _final(error, prepared)
    return delay
