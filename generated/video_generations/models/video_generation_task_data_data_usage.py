"""VideoGenerationTaskDataDataUsage: a shape other families have too, generated once in the shared models."""

from ...shared.models import Usage as VideoGenerationTaskDataDataUsage

__all__ = ("VideoGenerationTaskDataDataUsage",)
