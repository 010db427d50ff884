from enum import StrEnum


class SeedanceTaskStatus(StrEnum):
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    FAILED = "failed"
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_START = "NOT_START"
    PENDING = "pending"
    PROCESSING = "processing"
    QUEUED = "queued"
    RUNNING = "running"
    SUBMITTED = "submitted"
    SUCCEEDED = "succeeded"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
