"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .vidu_task_response import ViduTaskResponse
from .vidu_task_status import ViduTaskStatus

__all__ = (
    "ErrorDetail",
    "ErrorResponse",
    "ViduTaskResponse",
    "ViduTaskStatus",
)
