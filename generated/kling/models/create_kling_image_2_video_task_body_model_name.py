"""CreateKlingImage2VideoTaskBodyModelName: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateKlingTaskBodyModelName as CreateKlingImage2VideoTaskBodyModelName,
)

__all__ = ("CreateKlingImage2VideoTaskBodyModelName",)
