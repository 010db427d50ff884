"""Spec changes against git history, and their acknowledgement in specs/CHANGELOG.md.

Every commit that changed a spec since the changelog was added is compared with its first parent (and the
working tree with HEAD); each breaking change must appear, as its `Change.line()`, in the changelog as
committed at HEAD. The I/O (git, files) lives here; the comparison is codegen.diff.
"""

from __future__ import annotations

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
        committed = _git(root, "show", f"HEAD:specs/{family}.yaml")
    except HistoryError:
        return []
    if committed == new_text:
        return []  # the same text: nothing to parse and compare
    old, new = _load(committed), _load(new_text)
    return diff_specs(family, old, new) if old is not None and new is not None else []


def _history(root: Path, family: str, base: str) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(label, before, after) for each commit since `base` that changed the spec, against its first parent
    (on every branch merged since: comparing commits in log order would set one branch's version against
    another's), then the working tree against HEAD."""
    path = f"specs/{family}.yaml"
    pairs = []
    for commit in _git(root, "rev-list", "--reverse", f"{base}..HEAD", "--", path).split():
        before, after = _load(_show(root, f"{commit}^", path)), _load(_show(root, commit, path))
        if before is not None and after is not None:
            pairs.append((commit[:10], before, after))
    current, head = root / path, _load(_show(root, "HEAD", path))
    if current.exists() and head is not None:
        pairs.append(("working tree", head, _load(current.read_text(encoding="utf-8")) or {}))
    return pairs


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
        for label, old, new in _history(root, family, added[-1]):
            for change in diff_specs(family, old, new):
                if change.breaking and change.line() not in changelog:
                    missing.append((label, change))
    return missing
