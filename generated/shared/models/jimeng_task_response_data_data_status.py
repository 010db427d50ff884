from enum import StrEnum


class JimengTaskResponseDataDataStatus(StrEnum):
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
