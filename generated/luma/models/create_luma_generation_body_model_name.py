from enum import StrEnum


class CreateLumaGenerationBodyModelName(StrEnum):
    RAY_V1 = "ray-v1"
    RAY_V2 = "ray-v2"

    def __str__(self) -> str:
        return str(self.value)
