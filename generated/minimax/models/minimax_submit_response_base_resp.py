"""MinimaxSubmitResponseBaseResp: a shape other families have too, generated once in the shared models."""

from ...shared.models import MinimaxBaseResp as MinimaxSubmitResponseBaseResp

__all__ = ("MinimaxSubmitResponseBaseResp",)
