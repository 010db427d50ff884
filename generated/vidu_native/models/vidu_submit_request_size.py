from enum import StrEnum


class ViduSubmitRequestSize(StrEnum):
    VALUE_0 = "720P"
    VALUE_1 = "1080P"

    def __str__(self) -> str:
        return str(self.value)
