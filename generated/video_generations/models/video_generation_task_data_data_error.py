"""VideoGenerationTaskDataDataError: a shape other families have too, generated once in the shared models."""

from ...shared.models import Error as VideoGenerationTaskDataDataError

__all__ = ("VideoGenerationTaskDataDataError",)
