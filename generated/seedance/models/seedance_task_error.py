"""SeedanceTaskError: a shape other families have too, generated once in the shared models."""

from ...shared.models import Error as SeedanceTaskError

__all__ = ("SeedanceTaskError",)
