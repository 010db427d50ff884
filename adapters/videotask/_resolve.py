"""`family(name)` for the modules `import videotask` loads (normalize, validate, the gateways): it imports
videotask._families (YAML, the overrides' classes) on the first call only, then costs one global read, where
an import statement in the function would cost a module lookup on every call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from videotask._families import Family

__all__ = ["family"]

_resolve: Callable[[str], Family] | None = None


def family(name: str) -> Family:
    global _resolve
    if _resolve is None:
        from videotask._families import family as resolve  # the first call only: see the top

        _resolve = resolve
    return _resolve(name)
