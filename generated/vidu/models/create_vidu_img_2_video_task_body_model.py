"""CreateViduImg2VideoTaskBodyModel: a shape other families have too, generated once in the shared models."""

from ...shared.models import CreateViduTaskBodyModel as CreateViduImg2VideoTaskBodyModel

__all__ = ("CreateViduImg2VideoTaskBodyModel",)
