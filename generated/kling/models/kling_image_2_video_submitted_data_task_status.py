from enum import StrEnum


class KlingImage2VideoSubmittedDataTaskStatus(StrEnum):
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
