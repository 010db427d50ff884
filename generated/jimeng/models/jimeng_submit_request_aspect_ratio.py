from enum import StrEnum


class JimengSubmitRequestAspectRatio(StrEnum):
    VALUE_0 = "1:1"
    VALUE_1 = "21:9"
    VALUE_2 = "16:9"
    VALUE_3 = "9:16"
    VALUE_4 = "4:3"
    VALUE_5 = "3:4"

    def __str__(self) -> str:
        return str(self.value)
