"""CreateViduImg2VideoTaskBodyMovementAmplitude: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateViduTaskBodyMovementAmplitude as CreateViduImg2VideoTaskBodyMovementAmplitude,
)

__all__ = ("CreateViduImg2VideoTaskBodyMovementAmplitude",)
