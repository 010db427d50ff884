"""KlingText2VideoTaskDataTaskResult: a shape other families have too, generated once in the shared models."""

from ...shared.models import KlingDataTaskResult as KlingText2VideoTaskDataTaskResult

__all__ = ("KlingText2VideoTaskDataTaskResult",)
