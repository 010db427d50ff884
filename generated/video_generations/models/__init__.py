"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .video_generation_status import VideoGenerationStatus
from .video_generation_submit_request import VideoGenerationSubmitRequest
from .video_generation_submit_request_metadata import (
    VideoGenerationSubmitRequestMetadata,
)
from .video_generation_submit_response import VideoGenerationSubmitResponse
from .video_generation_submit_response_status import VideoGenerationSubmitResponseStatus
from .video_generation_task import VideoGenerationTask
from .video_generation_task_data import VideoGenerationTaskData
from .video_generation_task_data_data import VideoGenerationTaskDataData
from .video_generation_task_data_data_content import VideoGenerationTaskDataDataContent
from .video_generation_task_data_data_error import VideoGenerationTaskDataDataError
from .video_generation_task_data_data_status import VideoGenerationTaskDataDataStatus
from .video_generation_task_data_data_usage import VideoGenerationTaskDataDataUsage
from .video_generation_task_data_status import VideoGenerationTaskDataStatus
from .video_generation_task_error import VideoGenerationTaskError
from .video_generation_task_metadata import VideoGenerationTaskMetadata

__all__ = (
    "ErrorDetail",
    "ErrorResponse",
    "VideoGenerationStatus",
    "VideoGenerationSubmitRequest",
    "VideoGenerationSubmitRequestMetadata",
    "VideoGenerationSubmitResponse",
    "VideoGenerationSubmitResponseStatus",
    "VideoGenerationTask",
    "VideoGenerationTaskData",
    "VideoGenerationTaskDataData",
    "VideoGenerationTaskDataDataContent",
    "VideoGenerationTaskDataDataError",
    "VideoGenerationTaskDataDataStatus",
    "VideoGenerationTaskDataDataUsage",
    "VideoGenerationTaskDataStatus",
    "VideoGenerationTaskError",
    "VideoGenerationTaskMetadata",
)
