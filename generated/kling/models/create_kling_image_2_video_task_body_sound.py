"""CreateKlingImage2VideoTaskBodySound: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateKlingTaskBodySound as CreateKlingImage2VideoTaskBodySound,
)

__all__ = ("CreateKlingImage2VideoTaskBodySound",)
