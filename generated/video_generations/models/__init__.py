"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .video_generation_status import VideoGenerationStatus
from .video_generation_task import VideoGenerationTask
from .video_generation_task_error import VideoGenerationTaskError
from .video_generation_task_metadata import VideoGenerationTaskMetadata

__all__ = (
    "ErrorDetail",
    "ErrorResponse",
    "VideoGenerationStatus",
    "VideoGenerationTask",
    "VideoGenerationTaskError",
    "VideoGenerationTaskMetadata",
)
