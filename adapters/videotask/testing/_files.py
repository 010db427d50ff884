"""The mock's CDN: result files on a second listener (another origin, as relays hand out signed object-storage
URLs), each URL signed with an expiry the way such URLs are (`Expires=` unix seconds, a signature over the path
and the expiry). The CDN never looks at a bearer key; the ledger notes whether one arrived."""

from __future__ import annotations

import hashlib
import hmac
from typing import Literal
from urllib.parse import parse_qs, quote, unquote

__all__ = ["FILES", "Check", "check", "signed_path", "split"]

FILES = "/files"
Check = Literal["ok", "expired", "forged"]


def _signature(secret: bytes, path: str, expires: int) -> str:
    return hmac.new(secret, f"{path}\n{expires}".encode(), hashlib.sha256).hexdigest()[:32]


def signed_path(secret: bytes, family: str, task_id: str, expires: int) -> str:
    """`/files/<family>/<task id>.mp4?Expires=...&Signature=...` (the path segments percent-encoded)."""
    path = f"{FILES}/{quote(family, safe='')}/{quote(task_id, safe='')}.mp4"
    return f"{path}?Expires={expires}&Signature={_signature(secret, path, expires)}"


def split(path: str) -> tuple[str, str] | None:
    """(family, task id) of a file path, or None when it is no file path."""
    if not path.startswith(FILES + "/") or not path.endswith(".mp4"):
        return None
    family, slash, task_id = path[len(FILES) + 1 : -len(".mp4")].partition("/")
    return (unquote(family), unquote(task_id)) if slash and family and task_id else None


def check(secret: bytes, path: str, query: str, now: float) -> Check:
    """Whether a request's signature holds for its path and expiry, and the expiry is still ahead."""
    params = parse_qs(query)
    expires, signature = (params.get("Expires") or [""])[0], (params.get("Signature") or [""])[0]
    if not expires.isdigit() or not hmac.compare_digest(signature, _signature(secret, path, int(expires))):
        return "forged"
    return "ok" if int(expires) > now else "expired"
