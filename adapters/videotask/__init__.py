"""One VideoTask for every gateway family: normalised, validated against the specs; create, get, wait, download.

from videotask import Gateway, TaskState
with Gateway("https://relay.example", "sk-...") as gw:
    task = gw.wait("jimeng", "cgt-2025...", timeout=300)
    if task.state is TaskState.SUCCEEDED:
        gw.download(task, "out.mp4")
"""

from typing import TYPE_CHECKING, Any

from videotask._contract import contract_violations
from videotask._errors import (
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    FamilyDefinitionError,
    GatewayError,
    InvalidRequest,
    InvalidResponse,
    InvalidTaskId,
    NotFoundError,
    RateLimitError,
    ResultExpired,
    SchemaViolation,
    SentRequest,
    ServerError,
    SubmitUncertain,
    TransportError,
    UnknownFamily,
    UnknownRelay,
    UnknownRoute,
    WaitTimeout,
)
from videotask._gateway import AsyncGateway, Gateway
from videotask._normalize import normalize
from videotask._task import TaskState, VideoTask
from videotask._validation import Violation, validate

if TYPE_CHECKING:
    from videotask._batch import BatchItem, run_batch
    from videotask._dryrun import estimate_batch
    from videotask._families import Family, families, family
    from videotask._plan import Durations
    from videotask._relaycatalog import fetch_catalog

TimeoutError = APITimeoutError  # the old name; left out of __all__, where it would shadow the builtin
_LAZY = {"Family", "families", "family"}  # from videotask._families, loaded on first use (with YAML and attrs classes)


_BATCH = {"BatchItem": "_batch", "run_batch": "_batch", "Durations": "_plan"}  # asyncio and sqlite3: on first use
_BATCH |= {"estimate_batch": "_dryrun", "fetch_catalog": "_relaycatalog"}  # a batch priced before it runs


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from videotask import _families  # on first use: YAML and the overrides' classes (see _LAZY)

        return getattr(_families, name)
    if name in _BATCH:
        import importlib

        return getattr(importlib.import_module(f"videotask.{_BATCH[name]}"), name)
    raise AttributeError(f"module 'videotask' has no attribute {name!r}")


__all__ = [
    "APIStatusError",
    "APITimeoutError",
    "AsyncGateway",
    "AuthenticationError",
    "BatchItem",
    "Durations",
    "Family",
    "FamilyDefinitionError",
    "Gateway",
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
    "TaskState",
    "TransportError",
    "UnknownFamily",
    "UnknownRelay",
    "UnknownRoute",
    "VideoTask",
    "Violation",
    "WaitTimeout",
    "contract_violations",
    "estimate_batch",
    "families",
    "family",
    "fetch_catalog",
    "normalize",
    "run_batch",
    "validate",
]
