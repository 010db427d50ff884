"""KlingText2VideoSubmittedDataTaskStatus: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingVideoSubmittedDataTaskStatus as KlingText2VideoSubmittedDataTaskStatus,
)

__all__ = ("KlingText2VideoSubmittedDataTaskStatus",)
