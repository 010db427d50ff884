"""CreateViduText2VideoTaskBodyMovementAmplitude: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateViduTaskBodyMovementAmplitude as CreateViduText2VideoTaskBodyMovementAmplitude,
)

__all__ = ("CreateViduText2VideoTaskBodyMovementAmplitude",)
