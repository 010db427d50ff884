from enum import StrEnum


class VideoGenerationStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    FAILURE = "FAILURE"
    IN_PROGRESS = "in_progress"
    NOT_START = "NOT_START"
    PROCESSING = "processing"
    QUEUED = "queued"
    RUNNING = "running"
    SUBMITTED = "SUBMITTED"
    SUCCEEDED = "succeeded"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
