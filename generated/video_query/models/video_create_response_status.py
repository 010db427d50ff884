from enum import StrEnum


class VideoCreateResponseStatus(StrEnum):
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
