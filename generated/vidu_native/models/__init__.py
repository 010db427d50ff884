"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .vidu_task_response import ViduTaskResponse
from .vidu_task_response_creations_item import ViduTaskResponseCreationsItem
from .vidu_task_response_detail import ViduTaskResponseDetail
from .vidu_task_response_detail_req import ViduTaskResponseDetailReq
from .vidu_task_response_detail_status import ViduTaskResponseDetailStatus
from .vidu_task_response_status import ViduTaskResponseStatus
from .vidu_task_status import ViduTaskStatus

__all__ = (
    "ErrorDetail",
    "ErrorResponse",
    "ViduTaskResponse",
    "ViduTaskResponseCreationsItem",
    "ViduTaskResponseDetail",
    "ViduTaskResponseDetailReq",
    "ViduTaskResponseDetailStatus",
    "ViduTaskResponseStatus",
    "ViduTaskStatus",
)
