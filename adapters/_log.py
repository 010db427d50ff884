"""The adapters' logger, and warnings that are said once per distinct thing, however often it recurs."""

from __future__ import annotations

import logging

__all__ = ["log", "warn_once"]

log = logging.getLogger("videotask")
_said: set[tuple[str, ...]] = set()


def warn_once(key: tuple[str, ...], message: str) -> None:
    if key not in _said:
        _said.add(key)
        log.warning(message)
