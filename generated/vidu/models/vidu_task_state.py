from enum import StrEnum


class ViduTaskState(StrEnum):
    CREATED = "created"
    FAILED = "failed"
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_START = "NOT_START"
    PROCESSING = "processing"
    QUEUED = "QUEUED"
    QUEUEING = "queueing"
    SUBMITTED = "SUBMITTED"
    SUCCESS = "success"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
