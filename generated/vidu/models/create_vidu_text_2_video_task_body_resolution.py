"""CreateViduText2VideoTaskBodyResolution: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateViduTaskBodyResolution as CreateViduText2VideoTaskBodyResolution,
)

__all__ = ("CreateViduText2VideoTaskBodyResolution",)
