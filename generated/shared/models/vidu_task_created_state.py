from enum import StrEnum


class ViduTaskCreatedState(StrEnum):
    CREATED = "created"

    def __str__(self) -> str:
        return str(self.value)
