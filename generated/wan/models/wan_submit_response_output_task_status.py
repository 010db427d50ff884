from enum import StrEnum


class WanSubmitResponseOutputTaskStatus(StrEnum):
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
