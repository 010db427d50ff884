from enum import StrEnum


class VideoGenerationTaskDataStatus(StrEnum):
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_START = "NOT_START"
    PROCESSING = "processing"
    QUEUED = "QUEUED"
    SUCCEEDED = "succeeded"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
