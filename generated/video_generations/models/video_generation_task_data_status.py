from enum import StrEnum


class VideoGenerationTaskDataStatus(StrEnum):
    FAILED = "failed"
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_START = "NOT_START"
    PROCESSING = "processing"
    QUEUED = "QUEUED"
    SUBMITTED = "SUBMITTED"
    SUCCEEDED = "succeeded"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
