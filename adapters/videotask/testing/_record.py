"""Recording live responses as fixtures, scrubbed: no key, no URL signatures, nothing to leak from a repo."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from videotask._contract import contract_violations
from videotask._display import violation_report
from videotask._errors import APIStatusError
from videotask._gateway import Gateway
from videotask._validation import validate

__all__ = ["REDACTED", "body_problem", "check_recorded", "record", "recorded_status", "scrub", "scrub_url"]

REDACTED = "REDACTED"
# query parameters that sign, authorise or time-limit a URL: X-Tos-Signature, X-Amz-Credential, x-signature,
# Expires, x-expires, Signature, OSSAccessKeyId, security-token, Key-Pair-Id, Policy, sig, token, auth_key, ...
_SIGNING = re.compile(
    r"signature|credential|security-token|expires|accesskey|key-pair-id|policy|^sig$|token|auth", re.IGNORECASE
)
_SLUG = re.compile(r"[^A-Za-z0-9._-]+")
_STATUS_SUFFIX = re.compile(r"\.http([1-5]\d\d)\.json$")


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


def recorded_status(path: Path | str) -> int:
    """The HTTP status a recorded file holds: `name.http404.json` is a 404 body, any other `.json` a 200."""
    match = _STATUS_SUFFIX.search(str(path))
    return int(match.group(1)) if match else 200


def body_problem(family: str, body: Any, status: int, strict: bool, where: str) -> str | None:
    """The report of how `body` breaks the family's spec (`strict`: its contract too), or None."""
    violations = (contract_violations if strict else validate)(family, body, status)
    return violation_report(where, family, status, violations) if violations else None


def check_recorded(
    family: str, path: Path | str, strict: bool = False, status: int | None = None
) -> tuple[int, Any, str | None]:
    """(HTTP status, body, problem) for a recorded file; the problem says it cannot be read, is not JSON, or
    breaks the spec. What `videotask validate` and the pytest plugin both run."""
    status = recorded_status(path) if status is None else status
    try:
        body = json.loads(Path(path).read_bytes())
    except OSError as exc:
        return status, None, f"{path}: cannot read: {exc.strerror or exc}"
    except ValueError as exc:
        return status, None, f"{path}: not JSON: {exc}"
    return status, body, body_problem(family, body, status, strict, str(path))


def record(gateway: Gateway, family: str, task_id: str, out: Path) -> Path:
    """Fetch a task and save the body, scrubbed, as `out/<task id>-<state>.json`, or an error answer's JSON
    body as `out/<task id>.http<status>.json`; returns the path. The body is saved as the gateway sent it
    (not normalised), so a fixture set grows with every state and error seen."""
    secret = gateway._settings.secret
    slug = _SLUG.sub("_", task_id).strip("._") or "task"
    try:
        task = gateway.get(family, task_id)
    except APIStatusError as exc:
        try:
            body = json.loads(exc.body or b"")
        except ValueError:
            raise exc from None  # an HTML error page is not a fixture anyone can validate
        path = out / f"{slug}.http{exc.status_code}.json"
    else:
        body, path = task.raw, out / f"{slug}-{task.state.value}.json"
    out.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(scrub(body, secret), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
