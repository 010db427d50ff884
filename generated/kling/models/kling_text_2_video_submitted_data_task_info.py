"""KlingText2VideoSubmittedDataTaskInfo: a shape other families have too, generated once in the shared models."""

from ...shared.models import KlingDataTaskInfo as KlingText2VideoSubmittedDataTaskInfo

__all__ = ("KlingText2VideoSubmittedDataTaskInfo",)
