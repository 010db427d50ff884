"""KlingImage2VideoTaskDataDataDataTaskResult: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingDataTaskResult as KlingImage2VideoTaskDataDataDataTaskResult,
)

__all__ = ("KlingImage2VideoTaskDataDataDataTaskResult",)
