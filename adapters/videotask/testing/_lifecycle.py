"""A task's script: which state each poll sees, and what an unscripted task id means."""

from __future__ import annotations

import functools

from videotask._task import TaskState

__all__ = ["Lifecycle", "default_lifecycle"]

_ENDINGS = (TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED, TaskState.RUNNING)
_BY_PREFIX = (("fail", TaskState.FAILED), ("cancel", TaskState.CANCELLED), ("stuck", TaskState.RUNNING))


class Lifecycle:
    """`queued` once, `running` for `running_polls` polls with rising progress, then `outcome`.

    Each poll that gets a task (not a fault) advances it one step; the final step repeats forever.
    An outcome of RUNNING never finishes (for timeouts).
    """

    __slots__ = ("outcome", "running_polls")

    def __init__(self, outcome: TaskState = TaskState.SUCCEEDED, running_polls: int = 3) -> None:
        if outcome not in _ENDINGS:
            raise ValueError(f"a lifecycle ends succeeded, failed, cancelled or running, not {outcome.value}")
        if running_polls < 0:
            raise ValueError("running_polls must be 0 or more")
        self.outcome, self.running_polls = outcome, running_polls

    def step(self, poll: int) -> tuple[TaskState, int]:
        """(state, progress percent) at the `poll`-th poll (0-based)."""
        if poll == 0:
            return TaskState.QUEUED, 0
        steps = self.running_polls
        if poll <= steps or self.outcome is TaskState.RUNNING:
            return TaskState.RUNNING, min(99, round(100 * poll / (steps + 1)))
        if self.outcome is TaskState.SUCCEEDED:
            return TaskState.SUCCEEDED, 100
        return self.outcome, round(100 * steps / (steps + 1))


@functools.lru_cache(maxsize=1 << 16)  # asked on every poll; a Lifecycle never changes once made
def default_lifecycle(task_id: str, running_polls: int) -> Lifecycle:
    """An unscripted task: an id (after any `model:` prefix) starting with `fail`, `cancel` or `stuck` ends
    failed, cancelled or never; any other succeeds."""
    head = task_id.split(":")[-1].lower()
    outcome = TaskState.SUCCEEDED
    for prefix, state in _BY_PREFIX:
        if head.startswith(prefix):
            outcome = state
    return Lifecycle(outcome, running_polls)
