"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .vidu_submit_request import ViduSubmitRequest
from .vidu_submit_request_aspect_ratio import ViduSubmitRequestAspectRatio
from .vidu_submit_request_size import ViduSubmitRequestSize
from .vidu_submit_response import ViduSubmitResponse
from .vidu_submit_response_status import ViduSubmitResponseStatus
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
    "ViduSubmitRequest",
    "ViduSubmitRequestAspectRatio",
    "ViduSubmitRequestSize",
    "ViduSubmitResponse",
    "ViduSubmitResponseStatus",
    "ViduTaskResponse",
    "ViduTaskResponseCreationsItem",
    "ViduTaskResponseDetail",
    "ViduTaskResponseDetailReq",
    "ViduTaskResponseDetailStatus",
    "ViduTaskResponseStatus",
    "ViduTaskStatus",
)
