from enum import StrEnum


class CreateRunwayImageToVideoBodyModel(StrEnum):
    GEN3A_TURBO = "gen3a_turbo"
    GEN4_TURBO = "gen4_turbo"

    def __str__(self) -> str:
        return str(self.value)
