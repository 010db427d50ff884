from enum import StrEnum


class MinimaxTaskStatus(StrEnum):
    FAIL = "Fail"
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_START = "NOT_START"
    PREPARING = "Preparing"
    PROCESSING = "Processing"
    QUEUED = "QUEUED"
    QUEUEING = "Queueing"
    SUBMITTED = "SUBMITTED"
    SUCCESS = "Success"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
