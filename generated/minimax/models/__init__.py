"""Contains all the data models used in inputs/outputs"""

from .create_minimax_video_body import CreateMinimaxVideoBody
from .create_minimax_video_body_duration import CreateMinimaxVideoBodyDuration
from .create_minimax_video_body_resolution import CreateMinimaxVideoBodyResolution
from .create_minimax_video_body_subject_reference_item import (
    CreateMinimaxVideoBodySubjectReferenceItem,
)
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .minimax_file_response import MinimaxFileResponse
from .minimax_file_response_base_resp import MinimaxFileResponseBaseResp
from .minimax_file_response_file import MinimaxFileResponseFile
from .minimax_submit_response import MinimaxSubmitResponse
from .minimax_submit_response_base_resp import MinimaxSubmitResponseBaseResp
from .minimax_task_status import MinimaxTaskStatus
from .minimax_video_task import MinimaxVideoTask
from .minimax_video_task_base_resp import MinimaxVideoTaskBaseResp
from .minimax_video_task_data import MinimaxVideoTaskData

__all__ = (
    "CreateMinimaxVideoBody",
    "CreateMinimaxVideoBodyDuration",
    "CreateMinimaxVideoBodyResolution",
    "CreateMinimaxVideoBodySubjectReferenceItem",
    "ErrorDetail",
    "ErrorResponse",
    "MinimaxFileResponse",
    "MinimaxFileResponseBaseResp",
    "MinimaxFileResponseFile",
    "MinimaxSubmitResponse",
    "MinimaxSubmitResponseBaseResp",
    "MinimaxTaskStatus",
    "MinimaxVideoTask",
    "MinimaxVideoTaskBaseResp",
    "MinimaxVideoTaskData",
)
