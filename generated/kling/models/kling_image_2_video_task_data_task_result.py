"""KlingImage2VideoTaskDataTaskResult: a shape other families have too, generated once in the shared models."""

from ...shared.models import KlingDataTaskResult as KlingImage2VideoTaskDataTaskResult

__all__ = ("KlingImage2VideoTaskDataTaskResult",)
