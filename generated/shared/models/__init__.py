"""Contains all the data models used in inputs/outputs"""

from .any_object import AnyObject
from .create_kling_task_body_duration import CreateKlingTaskBodyDuration
from .create_kling_task_body_mode import CreateKlingTaskBodyMode
from .create_kling_task_body_model_name import CreateKlingTaskBodyModelName
from .create_kling_task_body_sound import CreateKlingTaskBodySound
from .create_video_body_seconds import CreateVideoBodySeconds
from .create_video_body_size import CreateVideoBodySize
from .create_vidu_task_body_model import CreateViduTaskBodyModel
from .create_vidu_task_body_movement_amplitude import (
    CreateViduTaskBodyMovementAmplitude,
)
from .create_vidu_task_body_resolution import CreateViduTaskBodyResolution
from .error import Error
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .height_url_width_object import HeightUrlWidthObject
from .jimeng_task_response_data_data_status import JimengTaskResponseDataDataStatus
from .kling_data_task_info import KlingDataTaskInfo
from .kling_data_task_result import KlingDataTaskResult
from .kling_data_task_result_videos_item import KlingDataTaskResultVideosItem
from .kling_video_submitted_data import KlingVideoSubmittedData
from .kling_video_submitted_data_task_status import KlingVideoSubmittedDataTaskStatus
from .kling_video_task_data_data import KlingVideoTaskDataData
from .kling_video_task_data_data_data import KlingVideoTaskDataDataData
from .kling_video_task_data_data_data_task_status import (
    KlingVideoTaskDataDataDataTaskStatus,
)
from .minimax_base_resp import MinimaxBaseResp
from .task_data_status import TaskDataStatus
from .url_object import UrlObject
from .usage import Usage
from .video_body_duration import VideoBodyDuration
from .vidu_creations_item import ViduCreationsItem
from .vidu_task_created_state import ViduTaskCreatedState

__all__ = (
    "AnyObject",
    "CreateKlingTaskBodyDuration",
    "CreateKlingTaskBodyMode",
    "CreateKlingTaskBodyModelName",
    "CreateKlingTaskBodySound",
    "CreateVideoBodySeconds",
    "CreateVideoBodySize",
    "CreateViduTaskBodyModel",
    "CreateViduTaskBodyMovementAmplitude",
    "CreateViduTaskBodyResolution",
    "Error",
    "ErrorDetail",
    "ErrorResponse",
    "HeightUrlWidthObject",
    "JimengTaskResponseDataDataStatus",
    "KlingDataTaskInfo",
    "KlingDataTaskResult",
    "KlingDataTaskResultVideosItem",
    "KlingVideoSubmittedData",
    "KlingVideoSubmittedDataTaskStatus",
    "KlingVideoTaskDataData",
    "KlingVideoTaskDataDataData",
    "KlingVideoTaskDataDataDataTaskStatus",
    "MinimaxBaseResp",
    "TaskDataStatus",
    "UrlObject",
    "Usage",
    "VideoBodyDuration",
    "ViduCreationsItem",
    "ViduTaskCreatedState",
)
