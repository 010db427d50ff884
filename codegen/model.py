"""The intermediate form every reader yields, whatever rendering the raw doc came in."""

from __future__ import annotations

from typing import Any

from attrs import field, frozen

JSON = Any  # a parsed JSON value


@frozen
class Finding:
    """One decision the pipeline made, for the cleaning report."""

    kind: str  # "dropped" | "inferred" | "contradiction" | "override" | "warning"
    where: str
    what: str

    def line(self) -> str:
        return f"- **{self.kind}** `{self.where}`: {self.what}"


@frozen
class Example:
    name: str
    value: JSON
    source: str = ""


@frozen
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool = False
    description: str = ""
    schema: dict[str, JSON] = field(factory=dict)


@frozen
class Response:
    status: str  # "200", "404", "default"
    description: str = ""
    schema: dict[str, JSON] | None = None
    examples: tuple[Example, ...] = ()


@frozen
class Operation:
    method: str  # upper case
    path: str
    summary: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    parameters: tuple[Parameter, ...] = ()
    request_body: dict[str, JSON] | None = None
    responses: tuple[Response, ...] = ()
    source: str = ""
    request_forms: dict[str, JSON] | None = None  # a multipart/form-data body (file uploads) beside the JSON one
    request_required: bool = False


@frozen
class RawDoc:
    source: str
    rendering: str  # "openapi-export" | "apifox-text" | "newapi-page"
    title: str
    operations: tuple[Operation, ...]
    findings: tuple[Finding, ...] = ()


class ReadError(ValueError):
    """A file that is not an API doc in any rendering we know; the message is one line."""
