from enum import StrEnum


class ViduTaskResponseDetailStatus(StrEnum):
    COMPLETED = "completed"
    PENDING = "pending"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
