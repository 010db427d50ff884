from enum import StrEnum


class CreateViduTaskBodyModel(StrEnum):
    VIDU2_0 = "vidu2.0"
    VIDUQ1 = "viduq1"
    VIDUQ2 = "viduq2"
    VIDUQ3_PRO = "viduq3-pro"
    VIDUQ3_TURBO = "viduq3-turbo"

    def __str__(self) -> str:
        return str(self.value)
