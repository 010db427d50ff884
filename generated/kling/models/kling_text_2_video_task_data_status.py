from enum import StrEnum


class KlingText2VideoTaskDataStatus(StrEnum):
    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    SUBMITTED = "SUBMITTED"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
