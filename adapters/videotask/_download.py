"""A result file's download, minus the I/O: where it may go, which key it may carry, how a dropped
connection resumes (`Range`, checked against the ETag and the total length), and the partial file that
becomes the target only once complete.

The partial file has a fixed name beside the target, `.NAME.part`, so a download cut by anything, a SIGKILL
included, resumes from it on the next call for the same target. Its sidecar `.NAME.part.json` says which file
the bytes are the start of: the task, the validator the server gave them (strong ETag, else Last-Modified),
the total length and the boot they were written in. It is written after the part is emptied and before its
first byte, so a part never holds bytes its sidecar does not describe. A resumed request carries `Range` and
`If-Range`, and the answer is checked again (offset, ETag, total): a changed file starts over from zero.
A part without a readable sidecar, of another task or written before the last reboot (a power cut may leave
zeros where the page cache was), is emptied and fetched again.

The part is locked (flock) while a download holds it: a second download of the same target, in this
process or another, raises BlockingIOError instead of writing into it. It is removed with its sidecar once the
target is in place, or when the download fails for good; it is kept when what stopped it may pass (a
dropped connection or a 5xx past the retries, an expired URL: ask the task again for a fresh one, the same
file resumes) and, necessarily, when the process dies.

The bytes move through _loops' download steps, whichever gateway drives them; everything that decides
lives here.
"""

from __future__ import annotations

import enum
import errno
import fcntl
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from videotask._errors import APIStatusError, GatewayError, ResultExpired, TransportError
from videotask._http import Reply, Settings, _status_error, is_retryable
from videotask._task import TaskState, VideoTask

__all__ = ["ERROR_BODY", "Action", "Download", "PartFile", "part_paths", "plan", "worth_keeping"]

ByteProgress = Callable[[int, int | None], object]
# Every this many bytes the part's new pages are handed to the disk (Linux starts writing the dirty pages a
# DONTNEED names, and drops them once clean): the commit's fsync then waits for the last MB, not the whole file
# (a 52 MB file's fsync took 30 ms here without it, 2-20 ms with it), and the page cache does not fill with a
# file nobody reads yet. 1 MiB rather than 8: `make bench`'s downloads vs raw aiohttp, six runs each, median
# of the rounds' ratios 0.93 (sync) and 0.93 (async) at 1 MiB, 0.90 and 0.87 at 8 MiB (2 MiB: 0.92 and 0.90).
WRITEBACK = 1024 * 1024
_ADVISE = getattr(os, "posix_fadvise", None)
ERROR_BODY = 64 * 1024  # what is read of an error answer: enough for a message, never a whole file
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.I)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, port


def plan(task: VideoTask, target: Path, overwrite: bool, settings: Settings) -> tuple[str, bool]:
    """(absolute URL, whether it is the gateway's own origin and may carry the key), or the error that stops
    the download before anything is sent."""
    if task.state is not TaskState.SUCCEEDED or not task.video_url:
        raise ValueError(f"{task.family} task {task.task_id} has no result to download (state {task.state.value})")
    if task.expires_at is not None and task.expires_at <= datetime.now(UTC):
        raise ResultExpired(
            f"{task.family} task {task.task_id}: its result expired at {task.expires_at.isoformat()}; "
            "query the task again for a fresh URL",
            expires_at=task.expires_at,
        )
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a directory: download takes the file's own path")
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} exists (pass overwrite=True to replace it)")
    base = httpx.URL(settings.base_url)
    url = base.join(task.video_url) if task.video_url.startswith("/") else httpx.URL(task.video_url)
    if url.scheme not in ("http", "https"):
        raise ValueError(f"{task.family} task {task.task_id}: result URL is not http(s)")
    return str(url), _origin(url) == _origin(base)


def part_paths(target: Path) -> tuple[Path, Path]:
    """The partial file and its sidecar beside `target`: the same names for the same target, every time."""
    name = target.name
    if len(name) > 200:  # room for the dots and suffixes within a file name's 255 bytes
        name = f"{name[:180]}.{hashlib.sha256(name.encode()).hexdigest()[:16]}"
    return target.with_name(f".{name}.part"), target.with_name(f".{name}.part.json")


@functools.cache
def _boot() -> str | None:
    """This boot's id (Linux): a part written before a reboot may hold what a power cut left, not its bytes."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return None


def _open_locked(path: Path, target: Path) -> int:
    """The part's descriptor, created if missing and locked exclusively; BlockingIOError when another download
    holds it. The lock is taken on the file the name still points at: a holder that renamed or removed its
    part between our open and our lock has left us an inode nobody will look for, so we open the name again."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise BlockingIOError(
                errno.EWOULDBLOCK, f"{target} is being downloaded by another download (its part {path} is locked)"
            ) from None
        held = os.fstat(fd)
        try:
            named = os.stat(path, follow_symlinks=False)
        except FileNotFoundError:
            named = None
        if named is not None and (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino):
            return fd
        os.close(fd)


class PartFile:
    """The partial file beside the target and its sidecar (see the module's docstring), locked while open:
    created with the umask's usual permissions, renamed onto the target only once complete.

    `at`, `total`, `etag`, `validator`: what an earlier download of the same task left to resume from (`at`
    0 and the rest None when there is nothing usable: the part is then emptied). `at` is where the next byte
    goes: the bytes on disk, as writes and restarts move it."""

    def __init__(self, target: Path, task: str) -> None:
        self.target, self.task = target, task
        self.path, self.sidecar = part_paths(target)
        self.fd = _open_locked(self.path, target)
        self.at = self.flushed = os.fstat(self.fd).st_size  # where the next byte goes; where writeback last began
        self.total: int | None = None
        self.etag: str | None = None
        self.validator: str | None = None
        try:
            saved = self._saved() if self.at else None
            if saved is None:
                self.restart(0)
            else:
                self.total, self.etag, self.validator = saved
        except BaseException:
            os.close(self.fd)
            raise

    def _saved(self) -> tuple[int | None, str | None, str] | None:
        """(total, etag, validator) from the sidecar when it describes this part's bytes, else None."""
        try:
            saved: Any = json.loads(self.sidecar.read_bytes())
        except (OSError, ValueError):
            return None
        if not isinstance(saved, dict) or saved.get("task") != self.task or saved.get("boot") != _boot():
            return None
        total, etag, validator = saved.get("total"), saved.get("etag"), saved.get("validator")
        if not isinstance(validator, str) or not isinstance(etag, str | None):
            return None
        if total is not None and (not isinstance(total, int) or self.at > total):
            return None
        return total, etag, validator

    def describe(self, total: int | None, etag: str | None, validator: str | None) -> None:
        """Say which file the part's bytes will be (called with the part empty, before its first byte). No
        validator: nothing would tell the same file from another on a rerun, so no sidecar."""
        if validator is None:
            self.sidecar.unlink(missing_ok=True)
            return
        text = {"task": self.task, "validator": validator, "etag": etag, "total": total, "boot": _boot()}
        # one small write: a crash leaves it whole or unreadable (then the part starts over), never half-right
        fd = os.open(self.sidecar, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
        try:
            os.write(fd, json.dumps(text).encode())
        finally:
            os.close(fd)

    def restart(self, offset: int) -> None:
        os.ftruncate(self.fd, offset)
        os.lseek(self.fd, offset, os.SEEK_SET)
        self.at = self.flushed = offset

    def write(self, chunk: bytes) -> None:
        """Straight to the file, unbuffered: what a killed process wrote is in the part for the next run."""
        view = memoryview(chunk)
        while view:
            view = view[os.write(self.fd, view) :]
        self.at += len(chunk)
        if self.at - self.flushed >= WRITEBACK and _ADVISE is not None:
            _ADVISE(self.fd, self.flushed, self.at - self.flushed, os.POSIX_FADV_DONTNEED)
            self.flushed = self.at

    def commit(self, overwrite: bool) -> Path:
        """Rename the part onto the target (its sidecar gone first: a target never has parts beside it)."""
        try:
            os.fsync(self.fd)  # the bytes on disk before the name points at them
            if not overwrite and self.target.exists():
                raise FileExistsError(f"{self.target} appeared while downloading (pass overwrite=True to replace it)")
            self.sidecar.unlink(missing_ok=True)
            os.replace(self.path, self.target)
        except BaseException:
            self.close(keep=False)
            raise
        os.close(self.fd)  # the lock held until the part's name is gone
        return self.target

    def close(self, keep: bool) -> None:
        """Let go of the part: kept with its sidecar for the next download to resume, or removed (removed in
        any case when it holds nothing)."""
        if not keep or os.fstat(self.fd).st_size == 0:
            self.sidecar.unlink(missing_ok=True)
            self.path.unlink(missing_ok=True)
        os.close(self.fd)


def worth_keeping(error: BaseException) -> bool:
    """Whether a part stopped by `error` is kept to resume: what may pass (the connection, a 5xx, a 429, an
    expired URL) or what stops the program rather than the download (Ctrl-C, a cancelled coroutine); not a
    refusal, a full disk or a bug."""
    if not isinstance(error, Exception):
        return True
    return isinstance(error, ResultExpired) or (isinstance(error, GatewayError) and is_retryable(error))


class Action(enum.Enum):
    WRITE = "write"  # write this answer's body from `Download.have`
    AGAIN = "again"  # this answer is no use (a range we did not ask for): ask again from the start
    DONE = "done"  # nothing is left to fetch
    ERROR = "error"  # an error status: read a little of the body and raise `Download.error(...)`


class Download:
    """One download's resumable state: how much is on disk, the total it must reach, and the validator
    (strong ETag, else Last-Modified) that makes a resumed range the same file's."""

    def __init__(self, part: PartFile, authorized: bool, on_progress: ByteProgress | None) -> None:
        self.part, self.authorized, self.on_progress = part, authorized, on_progress
        self.total, self.etag, self.validator = part.total, part.etag, part.validator
        self.best = self.have  # the most bytes ever on disk: only going past it is progress

    @property
    def have(self) -> int:
        """The bytes on disk: the part's own count, moved by its writes and restarts."""
        return self.part.at

    def complete(self) -> bool:
        """The part already holds the whole file (a run stopped between its last byte and the rename)."""
        return self.have > 0 and self.have == self.total

    def headers(self) -> dict[str, str]:
        sent = {"Accept": "*/*", "Accept-Encoding": "identity"}  # the bytes as stored: lengths and ranges hold
        if self.have:
            sent["Range"] = f"bytes={self.have}-"
            if self.validator:
                sent["If-Range"] = self.validator
        return sent

    def _start_over(self) -> None:
        self.total, self.etag, self.validator = None, None, None
        self.part.restart(0)

    def opened(self, status: int, headers: Mapping[str, str]) -> Action:
        """What to do with an answer, from its status and headers."""
        etag = headers.get("etag")
        if status == 200:  # the whole file: the first answer, or a server that ignored (or refused) our range
            self._start_over()
            length = headers.get("content-length")
            self.total = int(length) if length and length.isdigit() else None
        elif status == 206:
            match = _CONTENT_RANGE.fullmatch(headers.get("content-range", "").strip())
            total = None if match is None or match.group(3) == "*" else int(match.group(3))
            if match is None or int(match.group(1)) != self.have or not self._same_file(headers):
                self._start_over()
                return Action.AGAIN
            if self.total is not None and total is not None and total != self.total:
                self._start_over()
                return Action.AGAIN
            self.total = total if total is not None else self.total
            self.part.restart(self.have)
            return Action.WRITE
        elif status == 416 and self.have and self.total == self.have:
            return Action.DONE
        elif status == 416:
            self._start_over()
            return Action.AGAIN
        else:
            return Action.ERROR
        self.etag = etag
        strong = etag if etag and not etag.startswith("W/") else None
        self.validator = strong or headers.get("last-modified")
        self.part.describe(self.total, self.etag, self.validator)
        return Action.WRITE

    def _same_file(self, headers: Mapping[str, str]) -> bool:
        """A 206 is of the file we hold the start of: its ETag (else Last-Modified) is ours, where both are known
        (a server may honour Range and ignore If-Range)."""
        etag, modified = headers.get("etag"), headers.get("last-modified")
        if self.etag is not None and etag is not None:
            return etag == self.etag
        if self.etag is None and self.validator is not None and modified is not None:
            return modified == self.validator
        return True

    def write(self, chunk: bytes) -> None:
        self.part.write(chunk)
        if self.on_progress is not None:
            self.on_progress(self.have, self.total)

    def advanced(self) -> bool:
        """True when this attempt got further than any before it: its failure starts the count afresh (a
        server that restarts and drops at the same byte every time still runs out of retries)."""
        if self.have > self.best:
            self.best = self.have
            return True
        return False

    def ended(self) -> bool:
        """True when the body that just ended completes the file; raises a TransportError (resumed like a
        dropped connection) when it stopped short, and starts over when it ran past the declared length."""
        if self.total is None or self.have == self.total:
            return True
        if self.have > self.total:
            self._start_over()
            raise TransportError("the result ran past its declared length; starting over")
        raise TransportError(f"the result ended at byte {self.have} of {self.total}")

    def error(self, status: int, headers: Mapping[str, str], body: bytes, url: str, settings: Settings) -> Exception:
        """The error an answer means: ResultExpired when the result is gone (404, 410; 403 from a signed URL
        on another origin), else the typed status error (5xx and 429 are retried like any GET)."""
        path = httpx.URL(url).path
        if status in (404, 410) or (status == 403 and not self.authorized):
            return ResultExpired(
                f"the result at {path} is gone (HTTP {status}); query the task again for a fresh URL",
                status_code=status,
                body=body,
            )
        error: APIStatusError = _status_error(Reply(status, headers, body, "GET", path), settings)
        return error
