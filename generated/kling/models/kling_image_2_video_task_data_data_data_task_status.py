from enum import StrEnum


class KlingImage2VideoTaskDataDataDataTaskStatus(StrEnum):
    SUCCEED = "succeed"

    def __str__(self) -> str:
        return str(self.value)
