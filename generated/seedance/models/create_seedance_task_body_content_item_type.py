from enum import StrEnum


class CreateSeedanceTaskBodyContentItemType(StrEnum):
    IMAGE_URL = "image_url"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
