"""ErrorDetail: a shape other families have too, generated once in the shared models."""

from ...shared.models import ErrorDetail

__all__ = ("ErrorDetail",)
