"""CreateVideoFilesBodySeconds: a shape other families have too, generated once in the shared models."""

from ...shared.models import CreateVideoBodySeconds as CreateVideoFilesBodySeconds

__all__ = ("CreateVideoFilesBodySeconds",)
