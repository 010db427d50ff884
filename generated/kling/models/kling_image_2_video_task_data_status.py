from enum import StrEnum


class KlingImage2VideoTaskDataStatus(StrEnum):
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
