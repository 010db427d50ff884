"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .jimeng_submit_request import JimengSubmitRequest
from .jimeng_submit_request_aspect_ratio import JimengSubmitRequestAspectRatio
from .jimeng_submit_request_duration import JimengSubmitRequestDuration
from .jimeng_submit_response import JimengSubmitResponse
from .jimeng_task_response import JimengTaskResponse
from .jimeng_task_response_data import JimengTaskResponseData
from .jimeng_task_response_data_data import JimengTaskResponseDataData
from .jimeng_task_response_data_data_data import JimengTaskResponseDataDataData
from .jimeng_task_response_data_data_data_data import JimengTaskResponseDataDataDataData
from .jimeng_task_response_data_data_data_data_status import (
    JimengTaskResponseDataDataDataDataStatus,
)
from .jimeng_task_response_data_data_data_status import (
    JimengTaskResponseDataDataDataStatus,
)
from .jimeng_task_response_data_data_metadata import JimengTaskResponseDataDataMetadata
from .jimeng_task_response_data_data_status import JimengTaskResponseDataDataStatus
from .jimeng_task_status import JimengTaskStatus

__all__ = (
    "ErrorDetail",
    "ErrorResponse",
    "JimengSubmitRequest",
    "JimengSubmitRequestAspectRatio",
    "JimengSubmitRequestDuration",
    "JimengSubmitResponse",
    "JimengTaskResponse",
    "JimengTaskResponseData",
    "JimengTaskResponseDataData",
    "JimengTaskResponseDataDataData",
    "JimengTaskResponseDataDataDataData",
    "JimengTaskResponseDataDataDataDataStatus",
    "JimengTaskResponseDataDataDataStatus",
    "JimengTaskResponseDataDataMetadata",
    "JimengTaskResponseDataDataStatus",
    "JimengTaskStatus",
)
