from enum import StrEnum


class VideoGenerationSubmitResponseStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
