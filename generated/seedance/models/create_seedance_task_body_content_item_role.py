from enum import StrEnum


class CreateSeedanceTaskBodyContentItemRole(StrEnum):
    FIRST_FRAME = "first_frame"
    LAST_FRAME = "last_frame"
    REFERENCE_IMAGE = "reference_image"

    def __str__(self) -> str:
        return str(self.value)
