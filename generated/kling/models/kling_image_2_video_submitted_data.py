"""KlingImage2VideoSubmittedData: a shape other families have too, generated once in the shared models."""

from ...shared.models import KlingVideoSubmittedData as KlingImage2VideoSubmittedData

__all__ = ("KlingImage2VideoSubmittedData",)
