from enum import StrEnum


class RunwayTaskDataStatus(StrEnum):
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    QUEUED = "QUEUED"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
