from enum import StrEnum


class JimengTaskResponseDataDataDataStatus(StrEnum):
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
