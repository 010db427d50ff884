"""KlingText2VideoTaskDataDataDataTaskResultVideosItem: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingDataTaskResultVideosItem as KlingText2VideoTaskDataDataDataTaskResultVideosItem,
)

__all__ = ("KlingText2VideoTaskDataDataDataTaskResultVideosItem",)
