from enum import StrEnum


class KlingText2VideoSubmittedStatus(StrEnum):
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
