from enum import StrEnum


class CreateKlingText2VideoTaskBodySound(StrEnum):
    OFF = "off"
    ON = "on"

    def __str__(self) -> str:
        return str(self.value)
