"""The exception tree. Every error keeps the raw response body when there was one.

GatewayError
├── APIStatusError            the gateway answered with an error status (status_code, body, request_id)
│   ├── AuthenticationError   401, 403
│   ├── NotFoundError         404, and the relays' 400 `task_not_exist`
│   ├── RateLimitError        429
│   └── ServerError           5xx and non-standard codes (499, 520, ...)
├── InvalidResponse           a 2xx whose body is not a JSON object (HTML, empty, truncated)
├── TransportError            the network failed (also a ConnectionError)
│   └── APITimeoutError       connect/read timed out (also the builtin TimeoutError)
├── SchemaViolation           strict validation failed (violations, body)
├── WaitTimeout               wait's deadline passed; carries the last VideoTask
├── InvalidTaskId             an id that would leave the task route; nothing was sent
├── UnknownFamily             no such family (also a LookupError)
├── UnknownRoute              the family has no query route of that name (also a LookupError)
└── FamilyDefinitionError     a family's files are broken: its declaration, shapes or spec (also a ValueError)

`TimeoutError` is kept as an alias of APITimeoutError, but not exported by `from adapters import *`, where it
would shadow the builtin.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adapters._task import VideoTask
    from adapters._validation import Violation

__all__ = [
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "FamilyDefinitionError",
    "GatewayError",
    "InvalidResponse",
    "InvalidTaskId",
    "NotFoundError",
    "RateLimitError",
    "SchemaViolation",
    "ServerError",
    "TransportError",
    "UnknownFamily",
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
    pass


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


class UnknownRoute(GatewayError, LookupError):
    pass


class FamilyDefinitionError(GatewayError, ValueError):
    pass
