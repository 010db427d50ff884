"""SeedanceTaskUsage: a shape other families have too, generated once in the shared models."""

from ...shared.models import Usage as SeedanceTaskUsage

__all__ = ("SeedanceTaskUsage",)
