from enum import StrEnum


class RunwayTaskStatus(StrEnum):
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_START = "NOT_START"
    PENDING = "PENDING"
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    SUBMITTED = "SUBMITTED"
    SUCCEEDED = "SUCCEEDED"
    SUCCESS = "SUCCESS"
    THROTTLED = "THROTTLED"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
