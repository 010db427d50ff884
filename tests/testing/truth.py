"""What a body in a state that is not success must not carry: a success word of the family under any key the
family reads its status from, at any depth, or a result URL anywhere in it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from videotask.testing._catalog import View


def walk(value: Any, where: str = "$") -> Iterator[tuple[str, str | int | None, Any]]:
    """(path, key, value) of every node of a JSON value."""
    yield where, None, value
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        for path, inner_key, inner in walk(item, f"{where}.{key}"):
            yield path, key if path == f"{where}.{key}" else inner_key, inner


def _urls(value: Any) -> set[str]:
    return {v for _, _, v in walk(value) if isinstance(v, str) and v.startswith(("http://", "https://"))}


def result_urls(fam: View) -> set[str]:
    """URLs the family's success shapes carry that its queued shapes do not: results, not inputs."""
    from videotask._task import TaskState

    succeeded = set().union(*(_urls(s.body) for s in fam.shapes if s.state is TaskState.SUCCEEDED))
    queued = set().union(*(_urls(s.body) for s in fam.shapes if s.state is TaskState.QUEUED))
    return succeeded - queued


def violations(fam: View, body: Any, mock_url: str) -> list[str]:
    status_keys = {str(path[-1]) for path in fam.override.status_fields}
    declared_url_leaves = {str(path[-1]) for path in fam.override.fields.get("video_url", ())}
    results = result_urls(fam)
    found = []
    for path, key, value in walk(body):
        if not isinstance(value, str):
            continue
        if key in status_keys and value.casefold() in fam.success_words:
            found.append(f"{path}: success word {value!r}")
        is_url = value.startswith(("http://", "https://"))
        if is_url and (value in results or value.startswith(mock_url) or key in declared_url_leaves):
            found.append(f"{path}: result URL {value!r}")
    return found
