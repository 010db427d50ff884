"""KlingImage2VideoTaskDataTaskResultVideosItem: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingDataTaskResultVideosItem as KlingImage2VideoTaskDataTaskResultVideosItem,
)

__all__ = ("KlingImage2VideoTaskDataTaskResultVideosItem",)
