from enum import StrEnum


class LumaGenerationState(StrEnum):
    COMPLETED = "completed"
    DREAMING = "dreaming"
    FAILED = "failed"
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_START = "NOT_START"
    PENDING = "pending"
    PROCESSING = "processing"
    QUEUED = "queued"
    SUBMITTED = "SUBMITTED"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
