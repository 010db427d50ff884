"""CreateViduText2VideoTaskBodyModel: a shape other families have too, generated once in the shared models."""

from ...shared.models import (
    CreateViduTaskBodyModel as CreateViduText2VideoTaskBodyModel,
)

__all__ = ("CreateViduText2VideoTaskBodyModel",)
