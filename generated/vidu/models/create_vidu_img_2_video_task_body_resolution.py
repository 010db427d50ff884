"""CreateViduImg2VideoTaskBodyResolution: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateViduTaskBodyResolution as CreateViduImg2VideoTaskBodyResolution,
)

__all__ = ("CreateViduImg2VideoTaskBodyResolution",)
