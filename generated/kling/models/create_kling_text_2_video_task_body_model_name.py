"""CreateKlingText2VideoTaskBodyModelName: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateKlingTaskBodyModelName as CreateKlingText2VideoTaskBodyModelName,
)

__all__ = ("CreateKlingText2VideoTaskBodyModelName",)
