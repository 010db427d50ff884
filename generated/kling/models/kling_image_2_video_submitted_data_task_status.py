"""KlingImage2VideoSubmittedDataTaskStatus: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingVideoSubmittedDataTaskStatus as KlingImage2VideoSubmittedDataTaskStatus,
)

__all__ = ("KlingImage2VideoSubmittedDataTaskStatus",)
