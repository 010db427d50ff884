"""The exception tree. Every error keeps the raw response body when there was one.

GatewayError
├── APIStatusError            the gateway answered with an error status (status_code, body, request_id)
│   ├── AuthenticationError   401, 403
│   ├── NotFoundError         404, and the relays' 400 `task_not_exist`
│   ├── RateLimitError        429
│   └── ServerError           5xx and non-standard codes (499, 520, ...)
├── InvalidResponse           a 2xx whose body is not a JSON object (HTML, empty, truncated), or a create's
│                             answer naming no task id
├── TransportError            the network failed (also a ConnectionError)
│   └── APITimeoutError       connect/read timed out (also the builtin TimeoutError)
├── SchemaViolation           strict validation failed (violations, body)
├── WaitTimeout               wait's deadline passed; carries the last VideoTask
├── InvalidRequest            a create's body breaks the submit schema; every violation listed; nothing sent
│                             (also a ValueError)
├── SubmitUncertain           a create's POST may have reached the server and no usable answer came: do not
│                             resubmit blindly; carries the request (no key) and the cause
├── ResultExpired             the result URL's expiry has passed (nothing sent), or it answered 404/410 (403 on
│                             another origin, as expired signed URLs do)
├── InvalidTaskId             an id that would leave the task route; nothing was sent
├── UnknownFamily             no such family, or not on the relay in use (also a LookupError)
├── UnknownRelay              no shipped relay of that name and no relay file at that path (also a LookupError)
├── UnknownRoute              the family has no query (or submit) route of that name (also a LookupError)
└── FamilyDefinitionError     a family's files are broken: its override, shapes or spec (also a ValueError)

`TimeoutError` is kept as an alias of APITimeoutError, but not exported by `from videotask import *`, where it
would shadow the builtin.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from videotask._task import VideoTask
    from videotask._validation import Violation

__all__ = [
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "FamilyDefinitionError",
    "GatewayError",
    "InvalidRequest",
    "InvalidResponse",
    "InvalidTaskId",
    "NotFoundError",
    "RateLimitError",
    "ResultExpired",
    "SchemaViolation",
    "SentRequest",
    "ServerError",
    "SubmitUncertain",
    "TransportError",
    "UnknownFamily",
    "UnknownRelay",
    "UnknownRoute",
    "WaitTimeout",
]


class GatewayError(Exception):
    """Base of every error the adapters raise; `body` is the raw response body (bytes) or None."""

    body: bytes | None = None


class APIStatusError(GatewayError):
    def __init__(self, message: str, *, status_code: int, body: bytes, request_id: str | None = None) -> None:
        super().__init__(message)
        self.status_code: int = status_code
        self.body: bytes | None = body
        self.request_id: str | None = request_id


class AuthenticationError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after: float | None = retry_after


class ServerError(APIStatusError):
    pass


class InvalidResponse(GatewayError, ValueError):
    def __init__(self, message: str, *, status_code: int, body: bytes) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class TransportError(GatewayError, ConnectionError):
    """`unsent` is True only when the request provably never left: the connection itself failed (refused,
    no route, connect timeout). Only then may a POST be sent again without risking a second task."""

    unsent: bool = False


class APITimeoutError(TransportError, builtins.TimeoutError):
    pass


TimeoutError = APITimeoutError  # the old name, kept for existing imports


class SchemaViolation(GatewayError, ValueError):
    def __init__(self, message: str, *, violations: list[Violation], body: bytes | None) -> None:
        super().__init__(message)
        self.violations = violations
        self.body = body


class WaitTimeout(GatewayError, builtins.TimeoutError):
    def __init__(self, message: str, *, task: VideoTask | None) -> None:
        super().__init__(message)
        self.task = task


class InvalidTaskId(GatewayError, ValueError):
    pass


class UnknownFamily(GatewayError, LookupError):
    pass


class UnknownRelay(GatewayError, LookupError):
    pass


class UnknownRoute(GatewayError, LookupError):
    pass


class FamilyDefinitionError(GatewayError, ValueError):
    pass


class InvalidRequest(GatewayError, ValueError):
    """A create's body breaks its submit operation's schema: `violations` lists every one; nothing was sent."""

    def __init__(self, message: str, *, violations: list[Violation]) -> None:
        super().__init__(message)
        self.violations = violations


@attrs.frozen
class SentRequest:
    """A POST as it went out, minus the key: enough to check with the relay before resubmitting."""

    method: str
    url: str
    content: bytes = attrs.field(repr=False)
    headers: dict[str, str]  # never the Authorization header


class SubmitUncertain(GatewayError):
    """The POST may have reached the server (read timeout, connection dropped after sending, a 5xx other than
    503) and no usable answer came. A task may exist and be billed: look before resubmitting. `request` is what
    was sent; `cause` (also `__cause__`) the error that ended it; `body` its body when there was one."""

    def __init__(self, message: str, *, request: SentRequest, cause: GatewayError) -> None:
        super().__init__(message)
        self.request = request
        self.cause = cause
        self.body = cause.body


class ResultExpired(GatewayError):
    """The result is gone: its `expires_at` has passed (nothing was sent), or its URL answered 404/410 (403 on
    another origin, the way expired signed URLs answer). Query the task again for a fresh URL."""

    def __init__(
        self, message: str, *, expires_at: datetime | None = None, status_code: int | None = None,
        body: bytes | None = None,
    ) -> None:  # fmt: skip
        super().__init__(message)
        self.expires_at = expires_at
        self.status_code = status_code
        self.body = body
