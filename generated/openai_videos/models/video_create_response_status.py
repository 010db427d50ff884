from enum import StrEnum


class VideoCreateResponseStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
