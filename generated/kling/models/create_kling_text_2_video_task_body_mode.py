from enum import StrEnum


class CreateKlingText2VideoTaskBodyMode(StrEnum):
    PRO = "pro"
    STD = "std"

    def __str__(self) -> str:
        return str(self.value)
