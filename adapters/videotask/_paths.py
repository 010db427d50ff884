"""The one JSON-path mechanism: declared paths (`data.videos[0].url`) read out of parsed bodies.

`walk` reads one path and `first` the first present value of several: the reference, what everything else must
answer. `first_lines` writes what `first` does as straight-line Python (nested `if`s, no loop, no call), which
`compile_first` turns into a function and videotask._normalize inlines into a family's compiled reader: an
optimisation only, tested against `first` (tests/adapters/test_paths.py) and, inside the reader, against the
plain reader (tests/adapters/test_reader_reference.py). All of them read a path the same way: a string part
indexes a dict, an int part a list (counting from the end when negative).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from videotask.definitions._override import Path

__all__ = [
    "KINDS",
    "NAMESPACE",
    "PRESENT",
    "Shared",
    "compile_first",
    "first",
    "first_lines",
    "locate",
    "prefix_lines",
    "shared_prefixes",
    "walk",
]


def _is_value(value: Any) -> bool:
    return value is not None and value != ""


def _is_scalar(value: Any) -> bool:  # ids and status words: text or numbers (not bools), not objects
    return type(value) in (str, int, float) and value != ""


def _is_url(value: Any) -> bool:
    return type(value) is str and value.startswith(("https://", "http://"))


# What counts as "present" for each kind of field: the first path whose value passes wins. None never passes.
PRESENT = {"value": _is_value, "scalar": _is_scalar, "url": _is_url}
# The same tests as expressions of `v`, for the generated lines.
KINDS = {
    "value": "v is not None and (v.__class__ is int or v != '')",  # an int never equals '': no comparison
    "scalar": "v.__class__ in _SCALARS and v != ''",  # ids and status words: text or numbers, not objects
    "url": "v.__class__ is str and v.startswith(('https://', 'http://'))",
}
_SCALARS = frozenset({str, int, float})
_EMPTY: dict[str, Any] = {}
NAMESPACE = {"_SCALARS": _SCALARS, "_EMPTY": _EMPTY}  # what the generated lines refer to


def locate(body: Any, path: Path, *, present: bool = True) -> tuple[Any, str | int] | None:
    """The container holding `path`'s last part and that part (to read or write it there); None when a step is
    missing. `present=False` also answers a dict that lacks the last key, to add it."""
    if not path:
        return None
    node = body
    for part in path[:-1]:
        if isinstance(part, int):
            if not isinstance(node, list) or not -len(node) <= part < len(node):
                return None
            node = node[part]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    last = path[-1]
    if isinstance(last, int):
        return (node, last) if isinstance(node, list) and -len(node) <= last < len(node) else None
    return (node, last) if isinstance(node, dict) and (last in node or not present) else None


def walk(body: Any, path: Path) -> Any:
    """The value at `path`, or None when any step is missing: what the compiled accessors read, walked."""
    found = locate(body, path)
    return None if found is None else found[0][found[1]]


def first(body: Any, paths: Sequence[Path], kind: str) -> Any:
    """The value at the first of `paths` that is present in `body` (see PRESENT), or None."""
    present = PRESENT[kind]
    for path in paths:
        value = walk(body, path)
        if present(value):
            return value
    return None


def _step(node: str, part: str | int, checked: bool, indent: str) -> tuple[list[str], str]:
    """One step from the expression `node` into `v`: (lines, the indent under them)."""
    if isinstance(part, int):
        test = f"if ({_is_list(node)}) and -len({node}) <= {part} < len({node}):"
        return [indent + test, f"{indent}    v = {node}[{part}]"], indent + "    "
    if checked:
        return [f"{indent}v = {node}.get({part!r})"], indent
    return [f"{indent}if {_is_dict(node)}:", f"{indent}    v = {node}.get({part!r})"], indent + "    "


def _is_dict(node: str) -> str:
    """A dict test: the class first (what parsed JSON always is, at half the cost of isinstance), subclasses too."""
    return f"{node}.__class__ is dict or isinstance({node}, dict)"


def _is_list(node: str) -> str:
    return f"{node}.__class__ is list or isinstance({node}, list)"


# A prefix several paths walk through, computed once: (the local holding it, as_dict). `as_dict`: every path
# goes on from it into a dict, so the local holds the dict or `_EMPTY` (an empty dict nothing writes to) and
# the steps after it need no type check: a missing step still reads None. (A plain tuple: a NamedTuple class
# would add a millisecond to `import videotask`.)
Shared = tuple[str, bool]


def shared_prefixes(paths: Sequence[Path]) -> dict[Path, Shared]:
    """The proper prefixes two or more of `paths` walk through (shorter first), named `n0`, `n1`, ..."""
    counts: dict[Path, int] = {}
    next_parts: dict[Path, set[type]] = {}
    for path in paths:
        for end in range(1, len(path)):
            counts[path[:end]] = counts.get(path[:end], 0) + 1
            next_parts.setdefault(path[:end], set()).add(type(path[end]))
    shared = sorted((prefix for prefix, count in counts.items() if count > 1), key=len)
    return {prefix: (f"n{index}", next_parts[prefix] == {str}) for index, prefix in enumerate(shared)}


def prefix_lines(hoisted: Mapping[Path, Shared], body_is_dict: bool, indent: str = "    ") -> list[str]:
    """Lines setting each shared prefix's local to its node: None (or `_EMPTY`) when a step is missing."""
    lines = []
    for prefix, (name, as_dict) in hoisted.items():
        node, checked = _start(prefix[:-1], hoisted, body_is_dict)
        part = prefix[-1]
        if isinstance(part, int):
            test = f"({_is_list(node)}) and -len({node}) <= {part} < len({node})"
            lines.append(f"{indent}{name} = {node}[{part}] if {test} else None  # {_text(prefix)}")
        elif checked:
            lines.append(f"{indent}{name} = {node}.get({part!r})  # {_text(prefix)}")
        else:
            step = f"{node}.get({part!r}) if {_is_dict(node)} else None"
            lines.append(f"{indent}{name} = {step}  # {_text(prefix)}")
        if as_dict:
            lines.append(f"{indent}if not ({_is_dict(name)}):")
            lines.append(f"{indent}    {name} = _EMPTY")
    return lines


def _start(prefix: Path, hoisted: Mapping[Path, Shared], body_is_dict: bool) -> tuple[str, bool]:
    """The expression holding the node at `prefix` (a shared local or the body) and whether it is known to be
    a dict. `prefix` is always the empty path or a shared prefix."""
    if prefix:
        return hoisted[prefix]
    return "body", body_is_dict


def _text(path: Path) -> str:
    return ".".join(str(part) for part in path)


def first_lines(
    paths: Sequence[Path],
    kind: str,
    target: str,
    hoisted: Mapping[Path, Shared] | None = None,
    body_is_dict: bool = False,
    indent: str = "    ",
) -> list[str]:
    """Lines setting `target` to the value at the first of `paths` that is present in `body` (see KINDS), else
    None. Each path after the first runs only while `target` is still None (a found value never is); each step
    is one `if`, so a missing step skips the rest of that path. `hoisted`: shared prefixes already computed
    (see `shared_prefixes`); `body_is_dict`: the caller has checked that `body` is a dict."""
    hoisted = hoisted or {}
    test = KINDS[kind]
    lines = [f"{indent}{target} = None"]
    for index, path in enumerate(paths):
        inner = indent if index == 0 else indent + "    "
        if index:
            lines.append(f"{indent}if {target} is None:")
        cut = max((end for end in range(len(path)) if path[:end] in hoisted), default=0)
        node, checked = _start(path[:cut], hoisted, body_is_dict)
        lines.append(f"{inner}# {_text(path)}")
        for part in path[cut:]:
            step, inner = _step(node, part, checked, inner)
            lines += step
            node, checked = "v", False
        lines += [f"{inner}if {test}:", f"{inner}    {target} = v"]
    return lines


def compile_first(paths: Sequence[Path], kind: str, name: str = "first") -> Callable[[Any], Any]:
    """A function returning the value at the first of `paths` that is present in a body (see KINDS), or None.

    Generated as straight-line code (`first_lines`), several times faster than walking the override at run
    time; `.source` keeps the text for reading."""
    hoisted = shared_prefixes(paths)
    lines = [f"def {name}(body):", *prefix_lines(hoisted, False), *first_lines(paths, kind, "found", hoisted)]
    lines.append("    return found")
    source = "\n".join(lines) + "\n"
    namespace: dict[str, Any] = dict(NAMESPACE)
    exec(compile(source, f"<videotask paths: {name}>", "exec"), namespace)
    function: Callable[[Any], Any] = namespace[name]
    function.source = source  # type: ignore[attr-defined]
    return function
