"""KlingText2VideoTaskDataDataDataTaskResult: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingDataTaskResult as KlingText2VideoTaskDataDataDataTaskResult,
)

__all__ = ("KlingText2VideoTaskDataDataDataTaskResult",)
