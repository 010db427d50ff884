"""The one JSON-path mechanism: declared paths (`data.videos[0].url`) read out of parsed bodies.

`walk` reads one path; `compile_first` turns a declaration's list of paths into a straight-line function,
generated once per family at load, so a poll pays for a few dict lookups and no loop over declarations.
Both read a path the same way: a string part indexes a dict, an int part a list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from adapters._declarations import Path

__all__ = ["KINDS", "compile_first", "walk"]

# What counts as "present" for each kind of field: the first path whose value passes wins.
KINDS = {
    "value": "v is not None and v != ''",
    "scalar": "v.__class__ in _SCALARS and v != ''",  # ids and status words: text or numbers, not objects
    "url": "v.__class__ is str and v.startswith(('https://', 'http://'))",
}
_SCALARS = frozenset({str, int, float})


def walk(body: Any, path: Path) -> Any:
    """The value at `path`, or None when any step is missing."""
    node = body
    for part in path:
        if part.__class__ is int:
            if not isinstance(node, list) or not -len(node) <= part < len(node):
                return None
            node = node[part]
        elif isinstance(node, dict):
            node = node.get(part)
            if node is None:
                return None
        else:
            return None
    return node


def _steps(path: Path, indent: str) -> list[str]:
    lines = []
    for part in path:
        if isinstance(part, int):
            lines.append(f"{indent}if v.__class__ is not list or not -len(v) <= {part} < len(v): break")
            lines.append(f"{indent}v = v[{part}]")
        else:
            lines.append(f"{indent}if not isinstance(v, dict): break")
            lines.append(f"{indent}v = v.get({part!r})")
    return lines


def compile_first(paths: Sequence[Path], kind: str, name: str = "first") -> Callable[[Any], Any]:
    """A function returning the value at the first of `paths` that is present in a body (see KINDS), or None.

    Generated as straight-line code (one `while` block per path, `break` when a step is missing), which is
    several times faster than walking the declaration at run time; `.source` keeps the text for reading."""
    test = KINDS[kind]
    lines = [f"def {name}(body):"]
    for path in paths:
        lines += ["    v = body", "    while True:", *_steps(path, "        ")]
        lines += [f"        if {test}: return v", "        break"]
    lines.append("    return None")
    source = "\n".join(lines) + "\n"
    namespace: dict[str, Any] = {"_SCALARS": _SCALARS}
    exec(compile(source, f"<videotask paths: {name}>", "exec"), namespace)
    function: Callable[[Any], Any] = namespace[name]
    function.source = source  # type: ignore[attr-defined]
    return function
