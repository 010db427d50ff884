"""Recording live responses as fixtures, scrubbed: no key, no URL signatures, nothing to leak from a repo."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from adapters._gateway import Gateway

__all__ = ["REDACTED", "record", "scrub", "scrub_url"]

REDACTED = "REDACTED"
# query parameters that sign, authorise or time-limit a URL: X-Tos-Signature, X-Amz-Credential, x-signature,
# Expires, x-expires, Signature, OSSAccessKeyId, security-token, Key-Pair-Id, Policy, sig, token, auth_key, ...
_SIGNING = re.compile(
    r"signature|credential|security-token|expires|accesskey|key-pair-id|policy|^sig$|token|auth", re.IGNORECASE
)
_SLUG = re.compile(r"[^A-Za-z0-9._-]+")


def scrub_url(url: str) -> str:
    """`url` with the values of its signing parameters replaced by REDACTED (names and order kept)."""
    try:
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:
        return url
    if not any(_SIGNING.search(name) for name, _ in query):
        return url
    cleaned = [(name, REDACTED if _SIGNING.search(name) else value) for name, value in query]
    return urlunsplit(parts._replace(query=urlencode(cleaned, safe="/:")))


def scrub(value: Any, secret: str | None = None) -> Any:
    """A copy of a JSON value with the key replaced and every URL's signing parameters redacted."""
    if isinstance(value, dict):
        return {key: scrub(item, secret) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub(item, secret) for item in value]
    if isinstance(value, str):
        if secret and secret in value:
            value = value.replace(secret, REDACTED)
        if "?" in value and value.startswith(("http://", "https://")):
            return scrub_url(value)
        if "http" in value and "?" in value:  # URLs inside a text (a Python repr, a log line)
            return re.sub(r"https?://[^\s'\"<>]+", lambda m: scrub_url(m.group(0)), value)
    return value


def record(gateway: Gateway, family: str, task_id: str, out: Path) -> Path:
    """Fetch a task and save its body, scrubbed, as `out/<task id>-<state>.json`; returns the path.

    The body is what the gateway sent (`VideoTask.raw`), so a fixture set grows with every state seen.
    """
    task = gateway.get(family, task_id)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{_SLUG.sub('_', task_id).strip('._') or 'task'}-{task.state.value}.json"
    body = scrub(task.raw, gateway._settings.secret)
    path.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
