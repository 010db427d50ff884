"""VideoCreateResponseError: a shape other families have too, generated once in the shared models."""

from ...shared.models import Error as VideoCreateResponseError

__all__ = ("VideoCreateResponseError",)
