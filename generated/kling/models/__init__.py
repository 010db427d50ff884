"""Contains all the data models used in inputs/outputs"""

from .create_kling_image_2_video_task_body import CreateKlingImage2VideoTaskBody
from .create_kling_image_2_video_task_body_duration import (
    CreateKlingImage2VideoTaskBodyDuration,
)
from .create_kling_image_2_video_task_body_dynamic_masks_item import (
    CreateKlingImage2VideoTaskBodyDynamicMasksItem,
)
from .create_kling_image_2_video_task_body_dynamic_masks_item_trajectories_item import (
    CreateKlingImage2VideoTaskBodyDynamicMasksItemTrajectoriesItem,
)
from .create_kling_image_2_video_task_body_mode import (
    CreateKlingImage2VideoTaskBodyMode,
)
from .create_kling_image_2_video_task_body_model_name import (
    CreateKlingImage2VideoTaskBodyModelName,
)
from .create_kling_image_2_video_task_body_sound import (
    CreateKlingImage2VideoTaskBodySound,
)
from .create_kling_text_2_video_task_body import CreateKlingText2VideoTaskBody
from .create_kling_text_2_video_task_body_aspect_ratio import (
    CreateKlingText2VideoTaskBodyAspectRatio,
)
from .create_kling_text_2_video_task_body_camera_control import (
    CreateKlingText2VideoTaskBodyCameraControl,
)
from .create_kling_text_2_video_task_body_camera_control_config import (
    CreateKlingText2VideoTaskBodyCameraControlConfig,
)
from .create_kling_text_2_video_task_body_duration import (
    CreateKlingText2VideoTaskBodyDuration,
)
from .create_kling_text_2_video_task_body_mode import CreateKlingText2VideoTaskBodyMode
from .create_kling_text_2_video_task_body_model_name import (
    CreateKlingText2VideoTaskBodyModelName,
)
from .create_kling_text_2_video_task_body_sound import (
    CreateKlingText2VideoTaskBodySound,
)
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .kling_image_2_video_submitted import KlingImage2VideoSubmitted
from .kling_image_2_video_submitted_data import KlingImage2VideoSubmittedData
from .kling_image_2_video_submitted_data_task_info import (
    KlingImage2VideoSubmittedDataTaskInfo,
)
from .kling_image_2_video_submitted_data_task_status import (
    KlingImage2VideoSubmittedDataTaskStatus,
)
from .kling_image_2_video_task import KlingImage2VideoTask
from .kling_image_2_video_task_data import KlingImage2VideoTaskData
from .kling_image_2_video_task_data_data import KlingImage2VideoTaskDataData
from .kling_image_2_video_task_data_data_data import KlingImage2VideoTaskDataDataData
from .kling_image_2_video_task_data_data_data_task_info import (
    KlingImage2VideoTaskDataDataDataTaskInfo,
)
from .kling_image_2_video_task_data_data_data_task_result import (
    KlingImage2VideoTaskDataDataDataTaskResult,
)
from .kling_image_2_video_task_data_data_data_task_result_videos_item import (
    KlingImage2VideoTaskDataDataDataTaskResultVideosItem,
)
from .kling_image_2_video_task_data_data_data_task_status import (
    KlingImage2VideoTaskDataDataDataTaskStatus,
)
from .kling_image_2_video_task_data_status import KlingImage2VideoTaskDataStatus
from .kling_image_2_video_task_data_task_info import KlingImage2VideoTaskDataTaskInfo
from .kling_image_2_video_task_data_task_result import (
    KlingImage2VideoTaskDataTaskResult,
)
from .kling_image_2_video_task_data_task_result_videos_item import (
    KlingImage2VideoTaskDataTaskResultVideosItem,
)
from .kling_task_status import KlingTaskStatus
from .kling_text_2_video_submitted import KlingText2VideoSubmitted
from .kling_text_2_video_submitted_data import KlingText2VideoSubmittedData
from .kling_text_2_video_submitted_data_task_info import (
    KlingText2VideoSubmittedDataTaskInfo,
)
from .kling_text_2_video_submitted_data_task_status import (
    KlingText2VideoSubmittedDataTaskStatus,
)
from .kling_text_2_video_submitted_status import KlingText2VideoSubmittedStatus
from .kling_text_2_video_task import KlingText2VideoTask
from .kling_text_2_video_task_data import KlingText2VideoTaskData
from .kling_text_2_video_task_data_data import KlingText2VideoTaskDataData
from .kling_text_2_video_task_data_data_data import KlingText2VideoTaskDataDataData
from .kling_text_2_video_task_data_data_data_task_info import (
    KlingText2VideoTaskDataDataDataTaskInfo,
)
from .kling_text_2_video_task_data_data_data_task_result import (
    KlingText2VideoTaskDataDataDataTaskResult,
)
from .kling_text_2_video_task_data_data_data_task_result_videos_item import (
    KlingText2VideoTaskDataDataDataTaskResultVideosItem,
)
from .kling_text_2_video_task_data_data_data_task_status import (
    KlingText2VideoTaskDataDataDataTaskStatus,
)
from .kling_text_2_video_task_data_status import KlingText2VideoTaskDataStatus
from .kling_text_2_video_task_data_task_info import KlingText2VideoTaskDataTaskInfo
from .kling_text_2_video_task_data_task_result import KlingText2VideoTaskDataTaskResult
from .kling_text_2_video_task_data_task_result_videos_item import (
    KlingText2VideoTaskDataTaskResultVideosItem,
)

__all__ = (
    "CreateKlingImage2VideoTaskBody",
    "CreateKlingImage2VideoTaskBodyDuration",
    "CreateKlingImage2VideoTaskBodyDynamicMasksItem",
    "CreateKlingImage2VideoTaskBodyDynamicMasksItemTrajectoriesItem",
    "CreateKlingImage2VideoTaskBodyMode",
    "CreateKlingImage2VideoTaskBodyModelName",
    "CreateKlingImage2VideoTaskBodySound",
    "CreateKlingText2VideoTaskBody",
    "CreateKlingText2VideoTaskBodyAspectRatio",
    "CreateKlingText2VideoTaskBodyCameraControl",
    "CreateKlingText2VideoTaskBodyCameraControlConfig",
    "CreateKlingText2VideoTaskBodyDuration",
    "CreateKlingText2VideoTaskBodyMode",
    "CreateKlingText2VideoTaskBodyModelName",
    "CreateKlingText2VideoTaskBodySound",
    "ErrorDetail",
    "ErrorResponse",
    "KlingImage2VideoSubmitted",
    "KlingImage2VideoSubmittedData",
    "KlingImage2VideoSubmittedDataTaskInfo",
    "KlingImage2VideoSubmittedDataTaskStatus",
    "KlingImage2VideoTask",
    "KlingImage2VideoTaskData",
    "KlingImage2VideoTaskDataData",
    "KlingImage2VideoTaskDataDataData",
    "KlingImage2VideoTaskDataDataDataTaskInfo",
    "KlingImage2VideoTaskDataDataDataTaskResult",
    "KlingImage2VideoTaskDataDataDataTaskResultVideosItem",
    "KlingImage2VideoTaskDataDataDataTaskStatus",
    "KlingImage2VideoTaskDataStatus",
    "KlingImage2VideoTaskDataTaskInfo",
    "KlingImage2VideoTaskDataTaskResult",
    "KlingImage2VideoTaskDataTaskResultVideosItem",
    "KlingTaskStatus",
    "KlingText2VideoSubmitted",
    "KlingText2VideoSubmittedData",
    "KlingText2VideoSubmittedDataTaskInfo",
    "KlingText2VideoSubmittedDataTaskStatus",
    "KlingText2VideoSubmittedStatus",
    "KlingText2VideoTask",
    "KlingText2VideoTaskData",
    "KlingText2VideoTaskDataData",
    "KlingText2VideoTaskDataDataData",
    "KlingText2VideoTaskDataDataDataTaskInfo",
    "KlingText2VideoTaskDataDataDataTaskResult",
    "KlingText2VideoTaskDataDataDataTaskResultVideosItem",
    "KlingText2VideoTaskDataDataDataTaskStatus",
    "KlingText2VideoTaskDataStatus",
    "KlingText2VideoTaskDataTaskInfo",
    "KlingText2VideoTaskDataTaskResult",
    "KlingText2VideoTaskDataTaskResultVideosItem",
)
