"""One VideoTask for every gateway family: normalised, validated against the specs, with get and wait.

from adapters import Gateway, TaskState
with Gateway("https://relay.example", "sk-...") as gw:
    task = gw.wait("jimeng", "cgt-2025...", timeout=300)
    if task.state is TaskState.SUCCEEDED:
        print(task.video_url)
"""

from adapters._contract import contract_violations
from adapters._errors import (
    APIStatusError,
    AuthenticationError,
    GatewayError,
    InvalidResponse,
    InvalidTaskId,
    NotFoundError,
    RateLimitError,
    SchemaViolation,
    ServerError,
    TimeoutError,
    TransportError,
    UnknownFamily,
    WaitTimeout,
)
from adapters._families import families
from adapters._gateway import AsyncGateway, Gateway
from adapters._normalize import normalize
from adapters._task import TaskState, VideoTask
from adapters._validation import Violation, validate

__all__ = [
    "APIStatusError",
    "AsyncGateway",
    "AuthenticationError",
    "Gateway",
    "GatewayError",
    "InvalidResponse",
    "InvalidTaskId",
    "NotFoundError",
    "RateLimitError",
    "SchemaViolation",
    "ServerError",
    "TaskState",
    "TimeoutError",
    "TransportError",
    "UnknownFamily",
    "VideoTask",
    "Violation",
    "WaitTimeout",
    "contract_violations",
    "families",
    "normalize",
    "validate",
]
