"""Contains all the data models used in inputs/outputs"""

from .create_video_files_body import CreateVideoFilesBody
from .create_video_files_body_seconds import CreateVideoFilesBodySeconds
from .create_video_files_body_size import CreateVideoFilesBodySize
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .video_create_request import VideoCreateRequest
from .video_create_request_input_reference import VideoCreateRequestInputReference
from .video_create_request_seconds import VideoCreateRequestSeconds
from .video_create_request_size import VideoCreateRequestSize
from .video_create_response import VideoCreateResponse
from .video_create_response_error import VideoCreateResponseError
from .video_create_response_status import VideoCreateResponseStatus
from .video_object import VideoObject
from .video_object_detail import VideoObjectDetail
from .video_object_error import VideoObjectError
from .video_object_metadata import VideoObjectMetadata
from .video_status import VideoStatus

__all__ = (
    "CreateVideoFilesBody",
    "CreateVideoFilesBodySeconds",
    "CreateVideoFilesBodySize",
    "ErrorDetail",
    "ErrorResponse",
    "VideoCreateRequest",
    "VideoCreateRequestInputReference",
    "VideoCreateRequestSeconds",
    "VideoCreateRequestSize",
    "VideoCreateResponse",
    "VideoCreateResponseError",
    "VideoCreateResponseStatus",
    "VideoObject",
    "VideoObjectDetail",
    "VideoObjectError",
    "VideoObjectMetadata",
    "VideoStatus",
)
