"""Contains all the data models used in inputs/outputs"""

from .create_video_query_task_body import CreateVideoQueryTaskBody
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .video_create_response import VideoCreateResponse
from .video_create_response_status import VideoCreateResponseStatus
from .video_query_status import VideoQueryStatus
from .video_query_task import VideoQueryTask
from .video_query_task_detail import VideoQueryTaskDetail

__all__ = (
    "CreateVideoQueryTaskBody",
    "ErrorDetail",
    "ErrorResponse",
    "VideoCreateResponse",
    "VideoCreateResponseStatus",
    "VideoQueryStatus",
    "VideoQueryTask",
    "VideoQueryTaskDetail",
)
