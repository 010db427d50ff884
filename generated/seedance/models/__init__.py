"""Contains all the data models used in inputs/outputs"""

from .create_seedance_task_body import CreateSeedanceTaskBody
from .create_seedance_task_body_content_item import CreateSeedanceTaskBodyContentItem
from .create_seedance_task_body_content_item_image_url import (
    CreateSeedanceTaskBodyContentItemImageUrl,
)
from .create_seedance_task_body_content_item_role import (
    CreateSeedanceTaskBodyContentItemRole,
)
from .create_seedance_task_body_content_item_type import (
    CreateSeedanceTaskBodyContentItemType,
)
from .create_seedance_task_body_resolution import CreateSeedanceTaskBodyResolution
from .create_seedance_task_body_service_tier import CreateSeedanceTaskBodyServiceTier
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .seedance_task import SeedanceTask
from .seedance_task_content import SeedanceTaskContent
from .seedance_task_created import SeedanceTaskCreated
from .seedance_task_error import SeedanceTaskError
from .seedance_task_status import SeedanceTaskStatus
from .seedance_task_usage import SeedanceTaskUsage

__all__ = (
    "CreateSeedanceTaskBody",
    "CreateSeedanceTaskBodyContentItem",
    "CreateSeedanceTaskBodyContentItemImageUrl",
    "CreateSeedanceTaskBodyContentItemRole",
    "CreateSeedanceTaskBodyContentItemType",
    "CreateSeedanceTaskBodyResolution",
    "CreateSeedanceTaskBodyServiceTier",
    "ErrorDetail",
    "ErrorResponse",
    "SeedanceTask",
    "SeedanceTaskContent",
    "SeedanceTaskCreated",
    "SeedanceTaskError",
    "SeedanceTaskStatus",
    "SeedanceTaskUsage",
)
