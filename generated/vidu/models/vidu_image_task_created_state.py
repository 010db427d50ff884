from enum import StrEnum


class ViduImageTaskCreatedState(StrEnum):
    CREATED = "created"

    def __str__(self) -> str:
        return str(self.value)
