"""The adapters' logger, and warnings that are said once per distinct thing, however often it recurs."""

from __future__ import annotations

import logging

__all__ = ["log", "warn_once"]

log = logging.getLogger("videotask")
_said: set[tuple[str, ...]] = set()
_MAX_KEYS = 4096  # a gateway inventing a new status per response must not grow this without bound
_MAX_TEXT = 500


def warn_once(key: tuple[str, ...], message: str, *args: object) -> None:
    """Log `message` (formatted with `args`, only when it is logged) the first time `key` is seen."""
    if key in _said:  # the usual case, on every response carrying a status already warned about
        return
    key = tuple(part[:_MAX_TEXT] for part in key)
    if key in _said or len(_said) > _MAX_KEYS:
        return
    _said.add(key)
    if args:
        message = message.format(*args)
    if len(_said) > _MAX_KEYS:
        message = f"videotask: more than {_MAX_KEYS} distinct warnings; no more will be logged"
    log.warning(message if len(message) <= _MAX_TEXT else message[: _MAX_TEXT - 1] + "…")
