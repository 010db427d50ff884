"""A create as the mock reads it: the body parsed (JSON, or multipart/form-data with files), checked against
the submit operation's request schema, and fingerprinted so the ledger can count the same body sent twice."""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import json
from typing import Any

from videotask import _families
from videotask._validation import report
from videotask.testing._catalog import Submit
from videotask.testing._samples import _resolve

__all__ = ["asked", "echo", "fingerprint", "problems", "read_body"]

JSON, MULTIPART = "application/json", "multipart/form-data"


def read_body(content_type: str, body: bytes) -> tuple[str, dict[str, Any]] | str:
    """(media type, fields) of a create's body (a file field's value is its bytes), or what is wrong with it."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media == MULTIPART:
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        if not message.is_multipart():
            return "the multipart body cannot be read"
        fields: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                return "a multipart part has no name"
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            fields[name] = data if part.get_filename() is not None else data.decode("utf-8", "replace")
        return MULTIPART, fields
    if media not in (JSON, ""):
        return f"Content-Type {media!r} is not accepted here (application/json or multipart/form-data)"
    try:
        parsed = json.loads(body)
    except ValueError as exc:
        return f"the body is not JSON: {exc}"
    if not isinstance(parsed, dict):
        return "the body is not a JSON object"
    return JSON, parsed


def _form_values(fields: dict[str, Any], schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    """A form's text values as the schema types them (a form sends `4` as text); a file counts as a string."""
    props = _resolve(schema, components).get("properties", {})
    typed: dict[str, Any] = {}
    for name, value in fields.items():
        if isinstance(value, bytes):
            typed[name] = ""
            continue
        kind = _resolve(props.get(name, {}), components).get("type")
        try:
            typed[name] = json.loads(value) if kind in ("integer", "number", "boolean", "object", "array") else value
        except ValueError:
            typed[name] = value
    return typed


def problems(submit: Submit, media: str, fields: dict[str, Any]) -> list[str]:
    """Every way the body breaks the operation's schema for `media` ("$.path: message"); none: it is valid."""
    content = (submit.spec.get("requestBody") or {}).get("content") or {}
    if media not in content:
        return [f"$: this route takes {' or '.join(content) or 'no body'}, not {media}"]
    fam = _families.family(submit.family)
    found = fam.request_validator(fam.operation(submit.operation), media)
    if found is None:
        return []
    validator, root = found
    body = _form_values(fields, root, root["components"]) if media == MULTIPART else fields
    return sorted(str(violation) for violation in report(validator, root, body))


def fingerprint(fields: dict[str, Any]) -> str:
    """The same for the same fields, whatever their order or a multipart boundary."""
    digest = hashlib.sha256()
    for name in sorted(fields):
        value = fields[name]
        data = value if isinstance(value, bytes) else json.dumps(value, sort_keys=True, ensure_ascii=False).encode()
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()[:32]


def asked(fields: dict[str, Any]) -> dict[str, Any]:
    """What a create asked for that an answer can repeat: its JSON values, not its files."""
    return {name: value for name, value in fields.items() if not isinstance(value, bytes)}


def echo(body: Any, wanted: dict[str, Any], keep: frozenset[tuple[str, ...]], at: tuple[str, ...] = ()) -> bool:
    """Write into `body` what the create asked for (`wanted`) where the answer has a field of the same name and
    type at the same place (OpenAI's model, seconds, size, prompt), as a server answers about the task it was
    asked for; never at `keep` (the id, status, result and error places). True when anything changed."""
    changed = False
    if not isinstance(body, dict):
        return False
    for name, value in wanted.items():
        path = (*at, name)
        if name not in body or path in keep:
            continue
        current = body[name]
        if isinstance(value, dict):
            changed = echo(current, value, keep, path) or changed
        elif type(value) is type(current) and not isinstance(value, list) and value != current:
            body[name] = value
            changed = True
    return changed
