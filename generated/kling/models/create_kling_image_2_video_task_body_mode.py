"""CreateKlingImage2VideoTaskBodyMode: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateKlingTaskBodyMode as CreateKlingImage2VideoTaskBodyMode,
)

__all__ = ("CreateKlingImage2VideoTaskBodyMode",)
