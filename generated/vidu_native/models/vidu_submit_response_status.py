from enum import StrEnum


class ViduSubmitResponseStatus(StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
