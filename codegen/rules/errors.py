"""One shared error schema for every non-2xx answer.

Relays answer errors as `{error: {message, type, param, code}}` (new-api/OpenAI style), as
`{error: "text"}`, or as `{code: "task_not_exist", message}` (one-api style); all of them validate.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ERROR_MODEL", "error_components"]

ERROR_MODEL = "ErrorResponse"
_DETAIL = "ErrorDetail"
_NULLABLE_TEXT = {"type": ["string", "null"]}
_CODE = {"type": ["string", "integer", "null"]}


def error_components(declared: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """`ErrorResponse` and `ErrorDetail`, plus any extra top-level fields a doc declared for its errors."""
    response: dict[str, Any] = {
        "type": "object",
        "description": "An error answer from the gateway (new-api `error` object or one-api `code`/`message`).",
        "properties": {
            "error": {"anyOf": [{"$ref": f"#/components/schemas/{_DETAIL}"}, _NULLABLE_TEXT]},
            "code": _CODE,
            "message": _NULLABLE_TEXT,
        },
    }
    for item in declared:
        for name, sub in (item.get("properties") or {}).items():
            response["properties"].setdefault(name, sub)
    detail = {
        "type": "object",
        "properties": {
            "message": _NULLABLE_TEXT,
            "type": _NULLABLE_TEXT,
            "param": _NULLABLE_TEXT,
            "code": _CODE,
        },
    }
    return {ERROR_MODEL: response, _DETAIL: detail}
