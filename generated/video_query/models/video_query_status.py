from enum import StrEnum


class VideoQueryStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
