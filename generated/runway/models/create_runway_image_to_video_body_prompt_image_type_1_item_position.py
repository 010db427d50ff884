from enum import StrEnum


class CreateRunwayImageToVideoBodyPromptImageType1ItemPosition(StrEnum):
    FIRST = "first"
    LAST = "last"

    def __str__(self) -> str:
        return str(self.value)
