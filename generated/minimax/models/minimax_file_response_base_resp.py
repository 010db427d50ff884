"""MinimaxFileResponseBaseResp: a shape other families have too, generated once in the shared models."""

from ...shared.models import MinimaxBaseResp as MinimaxFileResponseBaseResp

__all__ = ("MinimaxFileResponseBaseResp",)
