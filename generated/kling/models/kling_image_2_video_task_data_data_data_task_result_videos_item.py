"""KlingImage2VideoTaskDataDataDataTaskResultVideosItem: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingDataTaskResultVideosItem as KlingImage2VideoTaskDataDataDataTaskResultVideosItem,
)

__all__ = ("KlingImage2VideoTaskDataDataDataTaskResultVideosItem",)
