"""ViduTaskCreatedState: a shape other families have too, generated once in the shared models."""

from ...shared.models import ViduTaskCreatedState

__all__ = ("ViduTaskCreatedState",)
