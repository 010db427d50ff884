"""Contains all the data models used in inputs/outputs"""

from .create_runway_image_to_video_body import CreateRunwayImageToVideoBody
from .create_runway_image_to_video_body_duration import (
    CreateRunwayImageToVideoBodyDuration,
)
from .create_runway_image_to_video_body_model import CreateRunwayImageToVideoBodyModel
from .create_runway_image_to_video_body_prompt_image_type_1_item import (
    CreateRunwayImageToVideoBodyPromptImageType1Item,
)
from .create_runway_image_to_video_body_prompt_image_type_1_item_position import (
    CreateRunwayImageToVideoBodyPromptImageType1ItemPosition,
)
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .runway_task import RunwayTask
from .runway_task_created import RunwayTaskCreated
from .runway_task_data import RunwayTaskData
from .runway_task_data_data import RunwayTaskDataData
from .runway_task_data_data_status import RunwayTaskDataDataStatus
from .runway_task_data_status import RunwayTaskDataStatus
from .runway_task_status import RunwayTaskStatus

__all__ = (
    "CreateRunwayImageToVideoBody",
    "CreateRunwayImageToVideoBodyDuration",
    "CreateRunwayImageToVideoBodyModel",
    "CreateRunwayImageToVideoBodyPromptImageType1Item",
    "CreateRunwayImageToVideoBodyPromptImageType1ItemPosition",
    "ErrorDetail",
    "ErrorResponse",
    "RunwayTask",
    "RunwayTaskCreated",
    "RunwayTaskData",
    "RunwayTaskDataData",
    "RunwayTaskDataDataStatus",
    "RunwayTaskDataStatus",
    "RunwayTaskStatus",
)
