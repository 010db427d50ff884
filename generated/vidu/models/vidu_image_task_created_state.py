"""ViduImageTaskCreatedState: a shape other families have too, generated once in the shared models."""

from ...shared.models import ViduTaskCreatedState as ViduImageTaskCreatedState

__all__ = ("ViduImageTaskCreatedState",)
