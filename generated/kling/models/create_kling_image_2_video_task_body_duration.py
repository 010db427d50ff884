"""CreateKlingImage2VideoTaskBodyDuration: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateKlingTaskBodyDuration as CreateKlingImage2VideoTaskBodyDuration,
)

__all__ = ("CreateKlingImage2VideoTaskBodyDuration",)
