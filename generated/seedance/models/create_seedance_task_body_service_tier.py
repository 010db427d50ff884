from enum import StrEnum


class CreateSeedanceTaskBodyServiceTier(StrEnum):
    DEFAULT = "default"
    FLEX = "flex"

    def __str__(self) -> str:
        return str(self.value)
