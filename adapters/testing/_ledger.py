"""What the server itself served, so a harness can check its client against the server, not against itself."""

from __future__ import annotations

import collections
import threading

from attrs import define, field

from adapters._task import TaskState

__all__ = ["Ledger", "TaskRecord"]


@define
class TaskRecord:
    """One (family, task id) as the server saw it."""

    answers: int = 0  # lifecycle answers served (faults not counted)
    last: TaskState | None = None  # the state of the last lifecycle answer served
    terminal_answers: int = 0  # answers served in a terminal state: 1 when the client stops at the end


@define
class Ledger:
    """Per task: answers served and the last outcome; per fault kind: how many were served."""

    tasks: dict[tuple[str, str], TaskRecord] = field(factory=dict)
    faults: collections.Counter[str] = field(factory=collections.Counter)
    _lock: threading.Lock = field(factory=threading.Lock, repr=False)

    def served(self, family: str, task_id: str, state: TaskState) -> None:
        with self._lock:
            record = self.tasks.get((family, task_id))
            if record is None:
                record = self.tasks[family, task_id] = TaskRecord()
            record.answers += 1
            record.last = state
            record.terminal_answers += state.is_terminal

    def fault(self, kind: str) -> None:
        with self._lock:
            self.faults[kind] += 1

    def answers(self, family: str, task_id: str) -> int:
        record = self.tasks.get((family, task_id))  # one dict read: atomic, no lock needed
        return 0 if record is None else record.answers

    def get(self, family: str, task_id: str) -> TaskRecord | None:
        with self._lock:
            record = self.tasks.get((family, task_id))
            return None if record is None else TaskRecord(record.answers, record.last, record.terminal_answers)

    def snapshot(self) -> dict[tuple[str, str], TaskRecord]:
        with self._lock:
            return {key: TaskRecord(r.answers, r.last, r.terminal_answers) for key, r in self.tasks.items()}

    def clear(self) -> None:
        with self._lock:
            self.tasks.clear()
            self.faults.clear()
