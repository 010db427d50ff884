from enum import StrEnum


class CreateMinimaxVideoBodyResolution(StrEnum):
    VALUE_0 = "512P"
    VALUE_1 = "720P"
    VALUE_2 = "768P"
    VALUE_3 = "1080P"

    def __str__(self) -> str:
        return str(self.value)
