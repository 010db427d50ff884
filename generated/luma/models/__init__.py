"""Contains all the data models used in inputs/outputs"""

from .create_luma_generation_body import CreateLumaGenerationBody
from .create_luma_generation_body_aspect_ratio import (
    CreateLumaGenerationBodyAspectRatio,
)
from .create_luma_generation_body_model_name import CreateLumaGenerationBodyModelName
from .create_luma_generation_body_resolution import CreateLumaGenerationBodyResolution
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .luma_generation import LumaGeneration
from .luma_generation_2 import LumaGeneration2
from .luma_generation_2_data import LumaGeneration2Data
from .luma_generation_assets import LumaGenerationAssets
from .luma_generation_last_frame import LumaGenerationLastFrame
from .luma_generation_request import LumaGenerationRequest
from .luma_generation_state import LumaGenerationState
from .luma_generation_thumbnail import LumaGenerationThumbnail
from .luma_generation_video import LumaGenerationVideo
from .luma_generation_video_raw import LumaGenerationVideoRaw

__all__ = (
    "CreateLumaGenerationBody",
    "CreateLumaGenerationBodyAspectRatio",
    "CreateLumaGenerationBodyModelName",
    "CreateLumaGenerationBodyResolution",
    "ErrorDetail",
    "ErrorResponse",
    "LumaGeneration",
    "LumaGeneration2",
    "LumaGeneration2Data",
    "LumaGenerationAssets",
    "LumaGenerationLastFrame",
    "LumaGenerationRequest",
    "LumaGenerationState",
    "LumaGenerationThumbnail",
    "LumaGenerationVideo",
    "LumaGenerationVideoRaw",
)
