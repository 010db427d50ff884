from enum import StrEnum


class ViduTaskStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    CREATED = "created"
    DONE = "done"
    EXPIRED = "expired"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    QUEUEING = "queueing"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
