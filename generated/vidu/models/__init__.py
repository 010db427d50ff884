"""Contains all the data models used in inputs/outputs"""

from .create_vidu_img_2_video_task_body import CreateViduImg2VideoTaskBody
from .create_vidu_img_2_video_task_body_model import CreateViduImg2VideoTaskBodyModel
from .create_vidu_img_2_video_task_body_movement_amplitude import (
    CreateViduImg2VideoTaskBodyMovementAmplitude,
)
from .create_vidu_img_2_video_task_body_resolution import (
    CreateViduImg2VideoTaskBodyResolution,
)
from .create_vidu_text_2_video_task_body import CreateViduText2VideoTaskBody
from .create_vidu_text_2_video_task_body_model import CreateViduText2VideoTaskBodyModel
from .create_vidu_text_2_video_task_body_movement_amplitude import (
    CreateViduText2VideoTaskBodyMovementAmplitude,
)
from .create_vidu_text_2_video_task_body_resolution import (
    CreateViduText2VideoTaskBodyResolution,
)
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .vidu_creations import ViduCreations
from .vidu_creations_creations_item import ViduCreationsCreationsItem
from .vidu_image_task_created import ViduImageTaskCreated
from .vidu_image_task_created_state import ViduImageTaskCreatedState
from .vidu_task_created import ViduTaskCreated
from .vidu_task_created_state import ViduTaskCreatedState
from .vidu_task_state import ViduTaskState

__all__ = (
    "CreateViduImg2VideoTaskBody",
    "CreateViduImg2VideoTaskBodyModel",
    "CreateViduImg2VideoTaskBodyMovementAmplitude",
    "CreateViduImg2VideoTaskBodyResolution",
    "CreateViduText2VideoTaskBody",
    "CreateViduText2VideoTaskBodyModel",
    "CreateViduText2VideoTaskBodyMovementAmplitude",
    "CreateViduText2VideoTaskBodyResolution",
    "ErrorDetail",
    "ErrorResponse",
    "ViduCreations",
    "ViduCreationsCreationsItem",
    "ViduImageTaskCreated",
    "ViduImageTaskCreatedState",
    "ViduTaskCreated",
    "ViduTaskCreatedState",
    "ViduTaskState",
)
