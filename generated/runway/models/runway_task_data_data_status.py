from enum import StrEnum


class RunwayTaskDataDataStatus(StrEnum):
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    THROTTLED = "THROTTLED"

    def __str__(self) -> str:
        return str(self.value)
