"""CreateKlingText2VideoTaskBodyMode: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateKlingTaskBodyMode as CreateKlingText2VideoTaskBodyMode,
)

__all__ = ("CreateKlingText2VideoTaskBodyMode",)
