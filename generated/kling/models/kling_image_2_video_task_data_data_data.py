"""KlingImage2VideoTaskDataDataData: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingVideoTaskDataDataData as KlingImage2VideoTaskDataDataData,
)

__all__ = ("KlingImage2VideoTaskDataDataData",)
