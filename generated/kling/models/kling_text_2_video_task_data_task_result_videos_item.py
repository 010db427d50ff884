"""KlingText2VideoTaskDataTaskResultVideosItem: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    KlingDataTaskResultVideosItem as KlingText2VideoTaskDataTaskResultVideosItem,
)

__all__ = ("KlingText2VideoTaskDataTaskResultVideosItem",)
