from enum import StrEnum


class JimengTaskResponseDataDataDataStatus(StrEnum):
    DONE = "done"
    GENERATING = "generating"
    IN_QUEUE = "in_queue"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
