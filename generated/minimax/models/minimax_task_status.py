from enum import StrEnum


class MinimaxTaskStatus(StrEnum):
    FAIL = "Fail"
    PREPARING = "Preparing"
    PROCESSING = "Processing"
    QUEUEING = "Queueing"
    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)
