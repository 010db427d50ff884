"""KlingText2VideoTaskDataData: a shape other families have too, generated once in the shared models."""

from ...shared.models import KlingVideoTaskDataData as KlingText2VideoTaskDataData

__all__ = ("KlingText2VideoTaskDataData",)
