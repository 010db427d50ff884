"""A no-op `gen` without parsing: a stamp of the bytes every spec key was last computed from.

A spec's key (codegen.pipeline.inputs_sha256) parses the pipeline's code and data, so that comment-only edits
regenerate nothing; that parse and its imports cost more than the rest of a no-op `gen`. The stamp remembers a
fingerprint of every file a key can read (a superset: all of codegen/ and adapters/, every folder of specs/ but
the reports) and the key each family had then. While the fingerprint is unchanged, those are still the keys; any
changed, added or removed file (or a new mtime, or another Python) falls back to computing them. Standard library
only, so that a no-op run imports little.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from pathlib import Path

__all__ = ["ROOT", "STAMP", "families", "fingerprint", "load_keys", "recorded_key", "save_keys"]

ROOT = Path(__file__).resolve().parent.parent  # the repository

STAMP = Path("codegen") / "__pycache__" / "gen-stamp.json"  # under the root; git ignores __pycache__/
_HASH_LINE = re.compile(r"(?m)^# inputs-sha256: ([0-9a-f]{64})$")  # the header codegen.emit writes
_FORMAT = "gen-stamp 1"  # bump when what the fingerprint covers changes
_OUTPUTS = {"reports", "shared"}  # specs/ folders gen writes; specs/*.yaml themselves are files at the top


def families(root: Path = ROOT) -> list[str]:
    """The one family list (a family is its override file), read the way the runtime reads it."""
    from videotask.definitions import families as listed

    return list(listed(root / "specs"))


def _files(root: Path) -> list[Path]:
    tops = [root / "codegen", root / "adapters"]
    tops += sorted(p for p in (root / "specs").iterdir() if p.is_dir() and p.name not in _OUTPUTS)
    found = []
    for top in tops:
        for folder, dirs, names in os.walk(top):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            found += [Path(folder) / name for name in sorted(names)]
    return found


def fingerprint(root: Path) -> str:
    """Every possible input's name, bytes and mtime (a rewrite that restores the bytes still counts), and the
    Python version, whose syntax trees the keys hash."""
    digest = hashlib.sha256(f"{_FORMAT}\0{sys.version}\0".encode())
    for path in _files(root):
        try:
            data, mtime = path.read_bytes(), os.stat(path).st_mtime_ns
        except OSError:  # gone since listed: this fingerprint matches no stamp
            data, mtime = os.urandom(16), -1
        digest.update(f"{path.relative_to(root).as_posix()}\0{mtime}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def recorded_key(spec_path: Path) -> str | None:
    """The key in a spec's header (`# inputs-sha256: ...`, written by codegen.emit), or None."""
    try:
        with spec_path.open(encoding="utf-8") as handle:
            head = "".join(handle.readline() for _ in range(20))
    except OSError:
        return None
    match = _HASH_LINE.search(head)
    return match.group(1) if match else None


def load_keys(root: Path, print_: str) -> dict[str, str]:
    """The keys stamped with this fingerprint; {} when the stamp is missing, unreadable or of other files."""
    try:
        stamp = json.loads((root / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(stamp, dict) or stamp.get("fingerprint") != print_ or not isinstance(stamp.get("keys"), dict):
        return {}
    return {str(family): str(key) for family, key in stamp["keys"].items()}


def save_keys(root: Path, print_: str, keys: dict[str, str]) -> None:
    """Written whole, then renamed into place; a stamp that cannot be written only costs the next run a parse."""
    path = root / STAMP
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps({"fingerprint": print_, "keys": keys}, indent=1) + "\n", encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
