from enum import StrEnum


class KlingVideoSubmittedDataTaskStatus(StrEnum):
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
