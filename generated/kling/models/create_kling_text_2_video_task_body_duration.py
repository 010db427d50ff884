"""CreateKlingText2VideoTaskBodyDuration: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateKlingTaskBodyDuration as CreateKlingText2VideoTaskBodyDuration,
)

__all__ = ("CreateKlingText2VideoTaskBodyDuration",)
