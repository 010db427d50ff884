from enum import StrEnum


class CreateViduText2VideoTaskBodyMovementAmplitude(StrEnum):
    AUTO = "auto"
    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
