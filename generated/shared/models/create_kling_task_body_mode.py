from enum import StrEnum


class CreateKlingTaskBodyMode(StrEnum):
    PRO = "pro"
    STD = "std"

    def __str__(self) -> str:
        return str(self.value)
