"""KlingImage2VideoSubmittedDataTaskInfo: a shape other families have too, generated once in the shared models."""

from ...shared.models import KlingDataTaskInfo as KlingImage2VideoSubmittedDataTaskInfo

__all__ = ("KlingImage2VideoSubmittedDataTaskInfo",)
