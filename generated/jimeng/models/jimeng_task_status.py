from enum import StrEnum


class JimengTaskStatus(StrEnum):
    CANCELLED = "cancelled"
    DONE = "done"
    EXPIRED = "expired"
    FAILED = "failed"
    FAILURE = "FAILURE"
    GENERATING = "generating"
    IN_PROGRESS = "IN_PROGRESS"
    IN_QUEUE = "in_queue"
    NOT_FOUND = "not_found"
    NOT_START = "NOT_START"
    PENDING = "pending"
    PROCESSING = "processing"
    QUEUED = "QUEUED"
    QUEUEING = "queueing"
    RUNNING = "running"
    SUBMITTED = "SUBMITTED"
    SUCCEEDED = "succeeded"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
