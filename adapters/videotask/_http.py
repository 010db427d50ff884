"""What sync and async gateways share: request building, response classification, retry timing.

Pure functions only; the two gateways differ just in how they send and sleep.
"""

from __future__ import annotations

import functools
import json
import os
import random
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import quote

import attrs
import httpx

from videotask._errors import (
    APIStatusError,
    AuthenticationError,
    FamilyDefinitionError,
    GatewayError,
    InvalidResponse,
    InvalidTaskId,
    NotFoundError,
    RateLimitError,
    SchemaViolation,
    ServerError,
    TransportError,
)
from videotask._log import warn_once
from videotask._normalize import url_expiry
from videotask._task import TaskState, VideoTask
from videotask._time import parse_http_date
from videotask._validation import violations

if TYPE_CHECKING:
    from videotask._families import Family, Operation

__all__ = [
    "MAX_RETRY_AFTER",
    "RETRYABLE",
    "Reply",
    "Settings",
    "build_request",
    "check_answer",
    "interpret",
    "interpret_result",
    "is_retryable",
    "loads",
    "poll_hint",
    "retry_after",
    "retry_delay",
    "scrub_secret",
    "settings_from",
    "with_result",
]

Validation = Literal["strict", "warn", "off"]
RETRYABLE = frozenset({408, 409, 429})
MAX_RETRY_AFTER = 60.0  # a server asking to wait longer gets its RateLimitError back, not a retry
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")  # control characters; lone surrogates encode to nothing
_MAX_ID = 1024
_NOT_FOUND_MARKS = (b"task_not_exist", b"not_exist", b"not exist", b"not found")


def loads(data: bytes) -> Any:
    """orjson (about 5x json.loads on small bodies); json for what orjson refuses (NaN, integers past 64 bits)."""
    try:
        return _parse_json(data)
    except ValueError:  # orjson.JSONDecodeError is one
        return json.loads(data)


def _first_parse(data: bytes) -> Any:
    """orjson, imported on the first body (it brings uuid, dataclasses and platform: ~4 ms of `import videotask`)."""
    global _parse_json
    import orjson

    _parse_json = orjson.loads
    return orjson.loads(data)


_parse_json: Callable[[bytes], Any] = _first_parse


def scrub_secret(text: str, secret: str | None) -> str:
    """`text` without the key: gateways echo request headers back in error pages and bodies.

    A long key goes wherever it appears. A short one goes where it stands as a whole token: not inside a run of
    word characters, where `-` or `.` joins it to more of them (the key `k` leaves "talking" alone and goes from
    `Bearer k`, `?key=k&`, `"k"`, `k.` at a sentence's end).
    """
    if not secret:
        return text
    if len(secret) >= 8:  # no word of a message spells 8 random key characters: a longer key goes everywhere
        return text.replace(secret, "***")
    token = r"(?<![\w])(?<![\w][.-])" + re.escape(secret) + r"(?![\w])(?![.-]\w)"
    return re.sub(token, "***", text, flags=re.ASCII)


class Reply:
    """What the gateway answered, whichever HTTP client carried it (headers: a case-insensitive mapping)."""

    __slots__ = ("content", "headers", "method", "path", "status_code")

    def __init__(self, status_code: int, headers: Mapping[str, str], content: bytes, method: str, path: str) -> None:
        self.status_code, self.headers, self.content = status_code, headers, content
        self.method, self.path = method, path

    @classmethod
    def from_httpx(cls, response: httpx.Response) -> Reply:
        request = response.request
        return cls(response.status_code, response.headers, response.content, request.method, request.url.path)


class Settings:
    """Resolved gateway settings; the key lives only in the request headers, never in a repr."""

    __slots__ = ("base_url", "headers", "max_retries", "secret", "validation")

    def __init__(
        self, base_url: str, headers: dict[str, str], max_retries: int, validation: Validation, secret: str | None
    ) -> None:
        self.base_url, self.headers, self.max_retries, self.validation = base_url, headers, max_retries, validation
        self.secret = secret  # only to scrub it from error messages

    def scrub(self, text: str) -> str:
        return scrub_secret(text, self.secret)

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, max_retries={self.max_retries}, validation={self.validation!r})"


def settings_from(base_url: str | None, api_key: str | None, max_retries: int, validation: str) -> Settings:
    base = base_url or os.environ.get("VIDEOTASK_BASE_URL")
    key = api_key if api_key is not None else os.environ.get("VIDEOTASK_API_KEY")
    if not base:
        raise ValueError("no base URL: pass base_url= or set VIDEOTASK_BASE_URL")
    if validation not in ("strict", "warn", "off"):
        raise ValueError(f"validation must be 'strict', 'warn' or 'off', not {validation!r}")
    if max_retries < 0:
        raise ValueError("max_retries must be 0 or more")
    url = httpx.URL(base)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base URL must be an absolute http(s) URL, not {base!r}")
    if url.scheme == "http" and url.host not in ("localhost", "127.0.0.1", "::1") and not url.host.startswith("127."):
        message = f"videotask: plain-http base URL http://{url.host} sends the API key unencrypted"
        warn_once(("plain http", url.host), message)
    headers = {"Accept": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    return Settings(str(base).rstrip("/"), headers, max_retries, cast(Validation, validation), key or None)


def build_request(operation: Operation, value: str) -> tuple[str, str, bytes | None]:
    """(method, path with query, JSON body or None) as the generated client builds them, `value` (a task or file
    id) in its declared parameter, path or query; on a relay, where its route puts it (the path, the query
    string or a JSON body). Ids that could leave the route never go out."""
    plain = _checked_id(value)
    if operation.relay_route is not None:
        method, path, body = operation.relay_route.request(value)
        return method, path, None if body is None else json.dumps(body, ensure_ascii=False).encode()
    method, path, query, head, tail = _TEMPLATES.get((operation.family, operation.id)) or _template(operation)
    if plain:  # nothing to quote: the id goes where the marker went
        return method, head + value + tail, None
    if query is None:
        return method, head + quote(value, safe="") + tail, None  # as the generated builder quotes it
    return method, str(httpx.URL(path, params={query: value})), None  # as the generated client's httpx sends it


_PLAIN_ID = re.compile(rf"[A-Za-z0-9._~-]{{1,{_MAX_ID}}}")  # RFC 3986's unreserved characters: nothing to quote


def _checked_id(value: str) -> bool:
    """Raises InvalidTaskId for an id no request may carry; True when it needs no quoting (nearly every id)."""
    if value.__class__ is str and _PLAIN_ID.fullmatch(value) is not None and value not in (".", ".."):
        return True
    if not isinstance(value, str) or value.strip() in ("", ".", "..") or _CONTROL.search(value):
        raise InvalidTaskId(f"task id {value!r} is empty, a dot segment, or has control characters or lone surrogates")
    if len(value) > _MAX_ID:
        raise InvalidTaskId(f"task id is {len(value)} characters long (at most {_MAX_ID})")
    return False


_MARK = "videotask-id-mark"  # plain: no builder quotes it
_PROBE = "a/b c?%41"  # an id the generated builder must quote as build_request does
# By (family, operation id): a relay's operations never come here, so the two name one operation.
_TEMPLATES: dict[tuple[str, str], tuple[str, str, str | None, str, str]] = {}


def _template(operation: Operation) -> tuple[str, str, str | None, str, str]:
    """(method, path, the query parameter carrying the id or None when the path does, the URL before the id and
    after it): the generated module's own request builder, called once per operation with a marker id and not
    once per request (it was half of build_request's time). The one place the adapters use a private helper of
    generated code (tests/generated/test_request_builder.py breaks if the generator changes it)."""
    build, name = operation.module._get_kwargs, _python_name(operation)
    kwargs: dict[str, Any] = build(**{name: _MARK})
    method, path, params = str(kwargs["method"]).upper(), str(kwargs["url"]), kwargs.get("params")
    where = f"{operation.family}.{operation.id}: the generated client"
    if params:  # the query string, which httpx encodes when the request is sent
        if params != {operation.id_param: _MARK} or _MARK in path:
            raise FamilyDefinitionError(f"{where} sends more than the id in its query")
        query: str | None = operation.id_param
        url = str(httpx.URL(path, params=params))
    else:
        if build(**{name: _PROBE})["url"] != path.replace(_MARK, quote(_PROBE, safe="")):
            raise FamilyDefinitionError(f"{where} quotes an id in its path unlike urllib's quote(safe='')")
        query, url = None, path
    if url.count(_MARK) != 1:
        raise FamilyDefinitionError(f"{where} puts the id nowhere build_request knows")
    head, _, tail = url.partition(_MARK)
    found = _TEMPLATES[operation.family, operation.id] = (method, path, query, head, tail)
    return found


def _python_name(operation: Operation) -> str:
    """The generated function's name for the id parameter (openapi-python-client snake-cases it)."""
    if operation.id_param is None:
        raise InvalidTaskId(f"{operation.family}.{operation.id} takes no single id parameter")
    return _snake_case(operation.id_param)


@functools.cache  # per request otherwise: two regex substitutions were half of build_request's time
def _snake_case(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z_]+", "_", re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)).lower()


def _request_id(response: Reply) -> str | None:
    for name in ("x-request-id", "request-id", "x-oneapi-request-id", "cf-ray"):
        if name in response.headers:
            return response.headers[name]
    return None


def _utcnow() -> datetime:
    return datetime.now(UTC)


def retry_after(headers: Mapping[str, str], now: Callable[[], datetime] = _utcnow) -> float | None:
    """Seconds an answer asks to wait: `retry-after-ms`, else `Retry-After` (seconds or an HTTP date)."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(float(ms) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    when = parse_http_date(value)
    return None if when is None else max((when - now()).total_seconds(), 0.0)


def _status_error(response: Reply, settings: Settings) -> APIStatusError:
    code, body = response.status_code, response.content
    text = settings.scrub(body[:300].decode("utf-8", "replace").replace("\n", " "))
    message = f"HTTP {code} from {response.method} {response.path}: {text or '(empty body)'}"
    kwargs: dict[str, Any] = {"status_code": code, "body": body, "request_id": _request_id(response)}
    if code in (401, 403):
        return AuthenticationError(message, **kwargs)
    if code == 404 or (code == 400 and any(mark in body.lower() for mark in _NOT_FOUND_MARKS)):
        return NotFoundError(message, **kwargs)
    if code == 429:
        return RateLimitError(message, retry_after=retry_after(response.headers), **kwargs)
    if code >= 500 or code == 499 or code < 100 or code > 599:
        return ServerError(message, **kwargs)
    return APIStatusError(message, **kwargs)


def _parse(response: Reply, settings: Settings) -> dict[str, Any]:
    """A 2xx body as a JSON object, or the typed error it means. Parses the body once."""
    if not 200 <= response.status_code < 300:
        raise _status_error(response, settings)
    body = response.content
    try:
        parsed = loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: nested past the parser's depth
        snippet = settings.scrub(body[:80].decode("utf-8", "replace"))
        raise InvalidResponse(
            f"HTTP {response.status_code} body is not JSON: {snippet!r}", status_code=response.status_code, body=body
        ) from None
    if not isinstance(parsed, dict):
        raise InvalidResponse(
            f"HTTP {response.status_code} body is JSON but not an object ({type(parsed).__name__})",
            status_code=response.status_code,
            body=body,
        )
    return parsed


def check_answer(
    fam: Family, operation: Operation, parsed: dict[str, Any], response: Reply, settings: Settings,
    *, what: str = "response", strict: bool = True,
) -> None:  # fmt: skip
    """Validate an answer: warn once per violation, or raise SchemaViolation under strict validation (`strict`
    False: only warn, as for a create's answer, where raising would invite a resubmit)."""
    if settings.validation == "off":
        return
    try:  # what almost every response is: valid, no report to build (`violations` would say so, slower)
        if fam.validator(operation, response.status_code)[0].is_valid(parsed):
            return
    except ValueError:
        pass  # nested past jsonschema-rs's depth: `violations` reports it
    found = violations(fam, operation, parsed, response.status_code)
    if found and strict and settings.validation == "strict":
        shown = settings.scrub("; ".join(str(v) for v in found[:5]))
        raise SchemaViolation(f"{fam.name} {what} breaks its spec: {shown}", violations=found, body=response.content)
    for violation in found:
        text = settings.scrub(str(violation))
        warn_once(("violation", fam.name, text), f"videotask: {fam.name} {what} breaks its spec: {text}")


def interpret(fam: Family, operation: Operation, task_id: str, response: Reply, settings: Settings) -> VideoTask:
    """A query's response -> VideoTask, or the typed error it means."""
    parsed = _parse(response, settings)
    check_answer(fam, operation, parsed, response, settings)
    return fam.reader(parsed, task_id, settings.base_url)


def interpret_result(fam: Family, operation: Operation, response: Reply, settings: Settings) -> str | None:
    """A result call's response (MiniMax's file) -> the video URL it names, or None."""
    parsed = _parse(response, settings)
    check_answer(fam, operation, parsed, response, settings)
    assert fam.override.result is not None
    return fam.result_url(parsed)


def with_result(task: VideoTask, url: str | None) -> VideoTask:
    """A succeeded task whose URL came from a second call (`result`); FAILED when that call names none."""
    if url is None:
        return attrs.evolve(task, state=TaskState.FAILED, error="the result call's answer names no video URL")
    return attrs.evolve(task, video_url=url, expires_at=task.expires_at or url_expiry(url))


def is_retryable(error: GatewayError) -> bool:
    """GETs are safe to repeat: on 408/409/429, 5xx, a body that is not JSON, and network faults."""
    if isinstance(error, APIStatusError):
        return error.status_code in RETRYABLE or isinstance(error, ServerError)
    return isinstance(error, InvalidResponse | TransportError)


def retry_delay(attempt: int, error: GatewayError | None, rng: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter (0.5 s, 1 s, 2 s ... capped at 8 s), or the server's Retry-After."""
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        return error.retry_after
    base = min(0.5 * 2.0**attempt, 8.0)
    return base * (0.5 + rng() / 2)


POLL_AFTER = ("openai-poll-after-ms",)  # a server's own "poll again after" header, in milliseconds


def poll_hint(response: Reply | None) -> float | None:
    """The server's hint on a task's answer: a poll-after header (`POLL_AFTER`), else its Retry-After."""
    if response is None:
        return None
    for name in POLL_AFTER:
        value = response.headers.get(name)
        if value:
            try:
                return max(float(value) / 1000.0, 0.0)
            except ValueError:
                pass
    return retry_after(response.headers)
