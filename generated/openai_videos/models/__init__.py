"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .video_object import VideoObject
from .video_object_detail import VideoObjectDetail
from .video_object_error import VideoObjectError
from .video_object_metadata import VideoObjectMetadata
from .video_status import VideoStatus

__all__ = (
    "ErrorDetail",
    "ErrorResponse",
    "VideoObject",
    "VideoObjectDetail",
    "VideoObjectError",
    "VideoObjectMetadata",
    "VideoStatus",
)
