from enum import StrEnum


class CreateViduTaskBodyResolution(StrEnum):
    VALUE_0 = "540p"
    VALUE_1 = "720p"
    VALUE_2 = "1080p"

    def __str__(self) -> str:
        return str(self.value)
