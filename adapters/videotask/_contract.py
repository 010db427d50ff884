"""The contract a response keeps: its spec's schema, plus what the schema alone cannot say.

The specs' status enums are open (a gateway may add a value tomorrow) and most fields are optional, so a
renamed field or a new status still validates. A contract check is stricter: the status must be present and
in the family's table, and a success must name its video.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from videotask._resolve import family as resolve_family
from videotask._task import TaskState
from videotask._validation import Violation, validate

if TYPE_CHECKING:
    from videotask.definitions._override import Path

__all__ = ["contract_violations"]


def _dotted(paths: tuple[Path, ...]) -> str:
    return ", ".join("$." + ".".join(str(part) for part in path) for path in paths)


def contract_violations(family: str, body: Any, status: int = 200) -> list[Violation]:
    """Schema violations, then contract ones: no status, a status not in the table, a success without URL."""
    found = validate(family, body, status)
    if status != 200 or not isinstance(body, dict):
        return found
    resolved = resolve_family(family)
    decl = resolved.override
    task = resolved.reader(body, None, "http://contract.invalid")
    if task.raw_status is None:
        message = f"no status at {_dotted(decl.status_fields)} (a renamed field?)"
        found.append(Violation("$", message, {"status fields": _dotted(decl.status_fields)}, None))
    elif decl.state_of(task.raw_status) is None:
        known = ", ".join(decl.status_values)
        message = f"status {task.raw_status!r} is not in the {family} status table (known: {known})"
        found.append(
            Violation(_dotted(decl.status_fields), message, {"enum": list(decl.status_values)}, task.raw_status)
        )
    elif decl.state_of(task.raw_status) is TaskState.SUCCEEDED and task.video_url is None and task.file_id is None:
        where = _dotted(decl.fields["video_url"])
        found.append(
            Violation("$", f"status {task.raw_status!r} means success but no video URL at {where}", None, None)
        )
    return found
