"""What the server itself served, so a harness can check its client against the server, not against itself:
task answers, creates (per body fingerprint or idempotency key, so a duplicate submission is the server's
count) and result files (bytes sent, whole or cut, and whether a key came with them)."""

from __future__ import annotations

import collections
import threading

from attrs import define, field

from videotask._task import TaskState

__all__ = ["FileRecord", "Ledger", "Submission", "TaskRecord"]


@define
class TaskRecord:
    """One (family, task id) as the server saw it."""

    answers: int = 0  # lifecycle answers served (faults not counted)
    last: TaskState | None = None  # the state of the last lifecycle answer served
    terminal_answers: int = 0  # answers served in a terminal state: 1 when the client stops at the end


@define
class Submission:
    """One create as the server saw it: every POST of the same body (or idempotency key) to a family.

    `tasks` are the tasks made from it: more than one is a duplicate submission, a second bill."""

    tasks: list[str] = field(factory=list)
    refused: int = 0  # POSTs turned away before the body was looked at (429, 503): nothing made
    replayed: int = 0  # POSTs with an idempotency key already seen: answered with the task already made


@define
class FileRecord:
    """One task's result file as the server served it."""

    requests: int = 0  # every request for it, whatever the answer
    complete: int = 0  # answers that sent every byte they announced (200 or 206)
    cut: int = 0  # answers dropped mid-body (the file_drop fault)
    bytes: int = 0  # body bytes written
    refused: int = 0  # error answers: expired, forged, not ready, 416
    with_key: int = 0  # requests that carried an Authorization header
    cdn: int = 0  # requests that came to the CDN listener (another origin)


@define
class Ledger:
    """Per task: answers served and the last outcome; per create: the tasks made; per file: what was sent;
    per fault kind: how many were served; creates refused as invalid (400), per family."""

    tasks: dict[tuple[str, str], TaskRecord] = field(factory=dict)
    faults: collections.Counter[str] = field(factory=collections.Counter)
    submissions: dict[tuple[str, str], Submission] = field(factory=dict)  # (family, fingerprint or key)
    created: dict[tuple[str, str], str] = field(factory=dict)  # (family, task id) -> its submission's key
    invalid: collections.Counter[str] = field(factory=collections.Counter)
    files: dict[tuple[str, str], FileRecord] = field(factory=dict)
    _lock: threading.Lock = field(factory=threading.Lock, repr=False)

    def served(self, family: str, task_id: str, state: TaskState) -> None:
        with self._lock:
            record = self.tasks.get((family, task_id))
            if record is None:
                record = self.tasks[family, task_id] = TaskRecord()
            record.answers += 1
            record.last = state
            record.terminal_answers += state in _TERMINAL

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

    # -- creates -------------------------------------------------------------------------------------------

    def _submission(self, family: str, key: str) -> Submission:
        found = self.submissions.get((family, key))
        if found is None:
            found = self.submissions[family, key] = Submission()
        return found

    def submitted(self, family: str, key: str, task_id: str) -> None:
        with self._lock:
            self._submission(family, key).tasks.append(task_id)
            self.created[family, task_id] = key

    def refused(self, family: str, key: str) -> None:
        with self._lock:
            self._submission(family, key).refused += 1

    def replayed(self, family: str, key: str) -> str:
        """The task an idempotency key already made (the caller checked there is one)."""
        with self._lock:
            found = self._submission(family, key)
            found.replayed += 1
            return found.tasks[0]

    def rejected(self, family: str) -> None:
        with self._lock:
            self.invalid[family] += 1

    def submitted_tasks(self, family: str | None = None) -> int:
        """Tasks made by creates (of `family`, or of all)."""
        with self._lock:
            return sum(len(s.tasks) for (fam, _), s in self.submissions.items() if family in (None, fam))

    def duplicates(self, family: str | None = None) -> int:
        """Tasks made beyond the first for the same body or key: what a client's retries billed twice."""
        with self._lock:
            return sum(max(0, len(s.tasks) - 1) for (fam, _), s in self.submissions.items() if family in (None, fam))

    # -- files ---------------------------------------------------------------------------------------------

    def file(self, family: str, task_id: str) -> FileRecord:
        """A copy of what was served of the task's file (all zero when nothing was asked)."""
        with self._lock:
            found = self.files.get((family, task_id))
            return FileRecord() if found is None else FileRecord(*(getattr(found, a) for a in _FILE_FIELDS))

    def file_served(
        self, family: str, task_id: str, *, sent: int, complete: bool, cut: bool, key: bool, cdn: bool
    ) -> None:
        with self._lock:
            found = self.files.get((family, task_id))
            if found is None:
                found = self.files[family, task_id] = FileRecord()
            found.requests += 1
            found.bytes += sent
            found.complete += complete
            found.cut += cut
            found.refused += not (complete or cut)
            found.with_key += key
            found.cdn += cdn

    def clear(self) -> None:
        with self._lock:
            self.tasks.clear()
            self.faults.clear()
            self.submissions.clear()
            self.created.clear()
            self.invalid.clear()
            self.files.clear()


# TaskState.is_terminal's states; a tuple, so `in` compares by identity with no Enum.__hash__ (every poll)
_TERMINAL = tuple(state for state in TaskState if state.is_terminal)
_FILE_FIELDS = ("requests", "complete", "cut", "bytes", "refused", "with_key", "cdn")
