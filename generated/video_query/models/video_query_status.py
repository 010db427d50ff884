from enum import StrEnum


class VideoQueryStatus(StrEnum):
    COMPLETED = "completed"
    ERROR = "error"
    FAILED = "failed"
    IMAGE_DOWNLOADING = "image_downloading"
    PENDING = "pending"
    PROCESSING = "processing"
    QUEUED = "queued"
    SUCCESS = "success"
    VIDEO_GENERATING = "video_generating"
    VIDEO_GENERATION_COMPLETED = "video_generation_completed"
    VIDEO_GENERATION_FAILED = "video_generation_failed"
    VIDEO_UPSAMPLING = "video_upsampling"
    VIDEO_UPSAMPLING_COMPLETED = "video_upsampling_completed"
    VIDEO_UPSAMPLING_FAILED = "video_upsampling_failed"

    def __str__(self) -> str:
        return str(self.value)
