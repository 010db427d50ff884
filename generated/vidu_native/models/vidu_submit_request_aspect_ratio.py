from enum import StrEnum


class ViduSubmitRequestAspectRatio(StrEnum):
    VALUE_0 = "2:3"
    VALUE_1 = "3:2"
    VALUE_2 = "1:1"

    def __str__(self) -> str:
        return str(self.value)
