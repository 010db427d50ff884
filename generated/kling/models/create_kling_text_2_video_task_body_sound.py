"""CreateKlingText2VideoTaskBodySound: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateKlingTaskBodySound as CreateKlingText2VideoTaskBodySound,
)

__all__ = ("CreateKlingText2VideoTaskBodySound",)
