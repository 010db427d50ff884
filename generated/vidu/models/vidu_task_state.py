from enum import StrEnum


class ViduTaskState(StrEnum):
    CREATED = "created"
    FAILED = "failed"
    PROCESSING = "processing"
    QUEUEING = "queueing"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
