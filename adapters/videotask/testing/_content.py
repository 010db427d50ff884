"""A finished task's file as the mock serves it: the same bytes for the same task id, whole or by `Range`."""

from __future__ import annotations

import functools
import hashlib
import random
import re

from videotask.testing._faults import Answer

__all__ = ["content_answer", "video_bytes"]

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
# an ISO base media file starts with an `ftyp` box: enough for a sniffer to call the bytes MP4
_FTYP = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def video_bytes(task_id: str, size: int) -> bytes:
    """`size` bytes that depend only on the task id: an `ftyp` box, then a seeded pseudo-random stream."""
    return _file(task_id, size)[0]


@functools.lru_cache(maxsize=4)  # a download asks again after every drop: a 50 MB file is made once
def _file(task_id: str, size: int) -> tuple[bytes, str]:
    rest = random.Random(f"videotask-mock:{task_id}").randbytes(max(0, size - len(_FTYP)))
    data = (_FTYP + rest)[:size]
    return data, '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


_UNSATISFIABLE = (-1, -1)


def _range(header: str, size: int) -> tuple[int, int] | None:
    """(first, last) of a single `bytes=` range; None when there is none or it cannot be read (the whole
    file is sent, as RFC 9110 allows); _UNSATISFIABLE when no byte of it exists."""
    match = _RANGE.match(header.strip())
    if match is None or match.group(1) == match.group(2) == "":
        return None
    first_text, last_text = match.groups()
    if first_text == "":  # a suffix: the last N bytes
        count = int(last_text)
        return (max(0, size - count), size - 1) if count and size else _UNSATISFIABLE
    first = int(first_text)
    last = min(int(last_text), size - 1) if last_text else size - 1
    if last_text and int(last_text) < first:
        return None
    if first >= size:
        return _UNSATISFIABLE
    return first, last


def content_answer(task_id: str, size: int, range_header: str | None) -> Answer:
    data, etag = _file(task_id, size)
    headers = (("ETag", etag), ("Accept-Ranges", "bytes"))
    wanted = _range(range_header, size) if range_header else None
    if wanted == _UNSATISFIABLE:
        return Answer(416, b"", (*headers, ("Content-Range", f"bytes */{size}")), "video/mp4")
    if wanted is None:
        return Answer(200, data, headers, "video/mp4")
    first, last = wanted
    part = (*headers, ("Content-Range", f"bytes {first}-{last}/{size}"))
    return Answer(206, data[first : last + 1], part, "video/mp4")
