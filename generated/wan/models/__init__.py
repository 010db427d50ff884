"""Contains all the data models used in inputs/outputs"""

from .create_wan_video_body import CreateWanVideoBody
from .create_wan_video_body_input import CreateWanVideoBodyInput
from .create_wan_video_body_parameters import CreateWanVideoBodyParameters
from .create_wan_video_body_parameters_resolution import (
    CreateWanVideoBodyParametersResolution,
)
from .create_wan_video_x_dash_scope_async import CreateWanVideoXDashScopeAsync
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .wan_submit_response import WanSubmitResponse
from .wan_submit_response_output import WanSubmitResponseOutput
from .wan_submit_response_output_task_status import WanSubmitResponseOutputTaskStatus
from .wan_task_response import WanTaskResponse
from .wan_task_response_output import WanTaskResponseOutput
from .wan_task_response_usage import WanTaskResponseUsage
from .wan_task_status import WanTaskStatus

__all__ = (
    "CreateWanVideoBody",
    "CreateWanVideoBodyInput",
    "CreateWanVideoBodyParameters",
    "CreateWanVideoBodyParametersResolution",
    "CreateWanVideoXDashScopeAsync",
    "ErrorDetail",
    "ErrorResponse",
    "WanSubmitResponse",
    "WanSubmitResponseOutput",
    "WanSubmitResponseOutputTaskStatus",
    "WanTaskResponse",
    "WanTaskResponseOutput",
    "WanTaskResponseUsage",
    "WanTaskStatus",
)
