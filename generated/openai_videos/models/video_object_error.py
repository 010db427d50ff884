"""VideoObjectError: a shape other families have too, generated once in the shared models."""

from ...shared.models import Error as VideoObjectError

__all__ = ("VideoObjectError",)
