from enum import StrEnum


class DataStatus(StrEnum):
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
