from enum import StrEnum


class JimengTaskResponseDataDataDataDataStatus(StrEnum):
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
