from enum import StrEnum


class LumaGenerationState(StrEnum):
    COMPLETED = "completed"
    DREAMING = "dreaming"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
