from enum import StrEnum


class KlingTaskStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_START = "NOT_START"
    PROCESSING = "processing"
    QUEUED = "QUEUED"
    SUBMITTED = "submitted"
    SUCCEED = "succeed"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
