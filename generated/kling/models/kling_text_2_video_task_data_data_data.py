"""KlingText2VideoTaskDataDataData: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingVideoTaskDataDataData as KlingText2VideoTaskDataDataData,
)

__all__ = ("KlingText2VideoTaskDataDataData",)
