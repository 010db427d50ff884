from enum import StrEnum


class SeedanceTaskStatus(StrEnum):
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    QUEUED = "queued"
    RUNNING = "running"
    SUBMITTED = "submitted"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
