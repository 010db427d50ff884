"""Spec changes against git history, and their acknowledgement in specs/CHANGELOG.md.

Every version of each spec committed since the changelog was added is compared with the one before it (and
the working tree with HEAD); each breaking change must appear, as its `Change.line()`, in the changelog as
committed at HEAD. The I/O (git, files) lives here; the comparison is codegen.diff.
"""

from __future__ import annotations

import itertools
import subprocess
from pathlib import Path
from typing import Any

import yaml

from codegen.diff import Change, diff_specs

__all__ = ["CHANGELOG", "HistoryError", "changes_since_head", "unacknowledged"]

CHANGELOG = "specs/CHANGELOG.md"


class HistoryError(Exception):
    """git or the changelog cannot answer (not a repository, a shallow clone, no committed changelog)."""


def _git(root: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise HistoryError(f"git is not available: {exc}") from None
    if done.returncode != 0:
        raise HistoryError(f"git {' '.join(args)}: {done.stderr.strip() or 'failed'}")
    return done.stdout


def _load(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    loaded = yaml.load(text, Loader=yaml.CSafeLoader)
    return loaded if isinstance(loaded, dict) else None


def _show(root: Path, commit: str, path: str) -> str | None:
    try:
        return _git(root, "show", f"{commit}:{path}")
    except HistoryError:
        return None  # the file did not exist at that commit


def _spec_families(root: Path) -> list[str]:
    return sorted(p.stem for p in (root / "specs").glob("*.yaml"))


def changes_since_head(root: Path, family: str, new_text: str) -> list[Change]:
    """What `new_text` changes against the committed spec; [] outside a git checkout or for a new family."""
    try:
        old = _load(_git(root, "show", f"HEAD:specs/{family}.yaml"))
    except HistoryError:
        return []
    new = _load(new_text)
    return diff_specs(family, old, new) if old is not None and new is not None else []


def _history(root: Path, family: str, base: str) -> list[tuple[str, dict[str, Any]]]:
    """(label, spec) for the spec at `base`, each later commit that changed it, and the working tree."""
    path = f"specs/{family}.yaml"
    commits = _git(root, "rev-list", "--reverse", f"{base}..HEAD", "--", path).split()
    versions = []
    for label, text in [(base[:10], _show(root, base, path)), *((c[:10], _show(root, c, path)) for c in commits)]:
        spec = _load(text)
        if spec is not None:
            versions.append((label, spec))
    current = root / path
    if current.exists():
        versions.append(("working tree", _load(current.read_text(encoding="utf-8")) or {}))
    return versions


def unacknowledged(root: Path) -> list[tuple[str, Change]]:
    """Breaking changes since the changelog was added that its committed text does not list: (where, change)."""
    try:
        added = _git(root, "log", "--diff-filter=A", "--format=%H", "--", CHANGELOG).split()
    except HistoryError as exc:
        raise HistoryError(f"{exc} (the breaking-change check needs the repository's history)") from None
    if not added:
        raise HistoryError(f"{CHANGELOG} is not committed: breaking changes have nowhere to be acknowledged")
    if _git(root, "rev-parse", "--is-shallow-repository").strip() == "true":
        raise HistoryError("a shallow clone: fetch the history (git fetch --unshallow) to check spec changes")
    changelog = _show(root, "HEAD", CHANGELOG) or ""
    missing = []
    for family in _spec_families(root):
        versions = _history(root, family, added[-1])
        for (_, old), (label, new) in itertools.pairwise(versions):
            for change in diff_specs(family, old, new):
                if change.breaking and change.line() not in changelog:
                    missing.append((label, change))
    return missing
