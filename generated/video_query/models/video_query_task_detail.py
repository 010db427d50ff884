"""VideoQueryTaskDetail: a shape other families have too, generated once in the shared models."""

from ...shared.models import AnyObject as VideoQueryTaskDetail

__all__ = ("VideoQueryTaskDetail",)
