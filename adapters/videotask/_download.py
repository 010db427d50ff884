"""A result file's download, minus the I/O: where it may go, which key it may carry, how a dropped
connection resumes (`Range`, checked against the ETag and the total length), and the temporary file that
becomes the target only once complete.

The bytes move through _loops' download steps, whichever gateway drives them; everything that decides
lives here.
"""

from __future__ import annotations

import enum
import os
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import httpx

from videotask._errors import APIStatusError, ResultExpired, TransportError
from videotask._http import Reply, Settings, _status_error
from videotask._task import TaskState, VideoTask

__all__ = ["ERROR_BODY", "Action", "Download", "PartFile", "plan"]

ByteProgress = Callable[[int, int | None], object]
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


class PartFile:
    """The temporary file beside the target: created exclusively (the umask's usual permissions, unlike
    mkstemp's 0600), renamed onto the target only once complete, removed on any failure."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = target.with_name(f".{target.name[:180]}.{os.urandom(6).hex()}.part")
        self.file: BinaryIO = os.fdopen(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb")

    def restart(self, offset: int) -> None:
        self.file.seek(offset)
        self.file.truncate()

    def commit(self, overwrite: bool) -> Path:
        self.file.flush()
        os.fsync(self.file.fileno())  # the bytes on disk before the name points at them
        self.file.close()
        if not overwrite and self.target.exists():
            raise FileExistsError(f"{self.target} appeared while downloading (pass overwrite=True to replace it)")
        os.replace(self.path, self.target)
        return self.target

    def discard(self) -> None:
        self.file.close()
        self.path.unlink(missing_ok=True)


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
        self.have = 0
        self.total: int | None = None
        self.etag: str | None = None
        self.validator: str | None = None
        self.best = 0  # the most bytes ever on disk: only going past it is progress

    def headers(self) -> dict[str, str]:
        sent = {"Accept": "*/*", "Accept-Encoding": "identity"}  # the bytes as stored: lengths and ranges hold
        if self.have:
            sent["Range"] = f"bytes={self.have}-"
            if self.validator:
                sent["If-Range"] = self.validator
        return sent

    def _start_over(self) -> None:
        self.have, self.total, self.etag, self.validator = 0, None, None, None
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
            same = self.etag is None or etag is None or etag == self.etag
            if match is None or int(match.group(1)) != self.have or not same:
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
        return Action.WRITE

    def write(self, chunk: bytes) -> None:
        self.part.file.write(chunk)
        self.have += len(chunk)
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
