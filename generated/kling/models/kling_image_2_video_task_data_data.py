"""KlingImage2VideoTaskDataData: a shape other families have too, generated once in the shared models."""

from ...shared.models import KlingVideoTaskDataData as KlingImage2VideoTaskDataData

__all__ = ("KlingImage2VideoTaskDataData",)
