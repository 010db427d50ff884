"""KlingText2VideoSubmittedData: a shape other families have too, generated once in the shared models."""

from ...shared.models import KlingVideoSubmittedData as KlingText2VideoSubmittedData

__all__ = ("KlingText2VideoSubmittedData",)
