"""ErrorResponse: a shape other families have too, generated once in the shared models."""

from ...shared.models import ErrorResponse

__all__ = ("ErrorResponse",)
