from enum import StrEnum


class CreateWanVideoXDashScopeAsync(StrEnum):
    ENABLE = "enable"

    def __str__(self) -> str:
        return str(self.value)
