"""Breaking spec changes fail `codegen changes --check` (part of `make check`) until the changelog lists them."""

from __future__ import annotations

import contextlib
import copy
import io
import os
import subprocess
import sys

import pytest
import yaml

from codegen.__main__ import main as codegen_main
from codegen.changelog import HistoryError, changes_since_head, unacknowledged
from tests.codegen.test_diff import BASE, BREAKING_CASES
from tests.conftest import ROOT


def git(repo, *args):
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def write_spec(repo, spec):
    (repo / "specs" / "video.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))


def commit(repo, message):
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message)


def new_repo(path):
    """A repository whose first commit holds the BASE spec, and no changelog."""
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.email", "t@example.invalid")
    git(path, "config", "user.name", "t")
    (path / "specs").mkdir()
    write_spec(path, BASE)
    commit(path, "a spec before the changelog")
    return path


@pytest.fixture
def repo(tmp_path):
    new_repo(tmp_path)
    (tmp_path / "specs" / "CHANGELOG.md").write_text("# Spec changelog\n")
    commit(tmp_path, "changelog")
    return tmp_path


def check(repo):
    """`codegen changes --check --root REPO` through codegen's main(argv) in this process, its output captured
    (test_gen_prints_what_a_changed_spec_means runs the module as a process)."""
    out, err = io.StringIO(), io.StringIO()
    args = ["changes", "--check", "--root", str(repo)]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = codegen_main(args)
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def acknowledge(repo, lines):
    with (repo / "specs" / "CHANGELOG.md").open("a") as changelog:
        changelog.write("".join(f"- {line}\n" for line in lines))


@pytest.mark.parametrize(("edit", "expected"), BREAKING_CASES, ids=[e[0] for _, e in BREAKING_CASES])
def test_each_breaking_change_fails_until_acknowledged_in_a_commit(repo, edit, expected):
    spec = copy.deepcopy(BASE)
    edit(spec)
    write_spec(repo, spec)
    commit(repo, "a breaking change")
    git(repo, "commit", "--allow-empty", "-qm", "a later commit does not hide it")
    missing = unacknowledged(repo)
    assert [change.kind for _, change in missing] == [expected[0]]
    result = check(repo)
    assert result.returncode == 1
    assert missing[0][1].line() in result.stderr
    acknowledge(repo, [change.line() for _, change in missing])
    assert check(repo).returncode == 1  # written, not yet committed
    commit(repo, "acknowledge")
    result = check(repo)
    assert result.returncode == 0, result.stderr
    assert "every breaking spec change is acknowledged" in result.stdout


def test_non_breaking_changes_need_no_entry(repo):
    spec = copy.deepcopy(BASE)
    spec["components"]["schemas"]["Status"]["enum"].append("failed")
    write_spec(repo, spec)
    commit(repo, "a new status")
    assert unacknowledged(repo) == []


def test_uncommitted_breaking_changes_are_reported_too(repo):
    spec = copy.deepcopy(BASE)
    spec["components"]["schemas"]["Video"]["properties"].pop("id")
    write_spec(repo, spec)
    [(where, change)] = unacknowledged(repo)
    assert (where, change.kind) == ("working tree", "field removed")
    assert [c.kind for c in changes_since_head(repo, "video", (repo / "specs" / "video.yaml").read_text())] == [
        "field removed"
    ]


def test_without_a_committed_changelog_the_check_says_so(tmp_path):
    new_repo(tmp_path)
    with pytest.raises(HistoryError, match="not committed"):
        unacknowledged(tmp_path)
    assert "CHANGELOG.md is not committed" in check(tmp_path).stderr


def test_changes_before_the_changelog_began_are_the_baseline(tmp_path):
    new_repo(tmp_path)
    spec = copy.deepcopy(BASE)
    spec["components"]["schemas"]["Video"]["properties"].pop("progress")
    write_spec(tmp_path, spec)
    (tmp_path / "specs" / "CHANGELOG.md").write_text("# Spec changelog\n")
    commit(tmp_path, "a breaking change, then the changelog")
    assert unacknowledged(tmp_path) == []


def test_a_shallow_clone_says_what_to_do(repo, tmp_path_factory):
    clone = tmp_path_factory.mktemp("shallow") / "clone"
    git(repo, "commit", "--allow-empty", "-qm", "one more")
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True)
    with pytest.raises(HistoryError, match="unshallow"):
        unacknowledged(clone)


def test_gen_prints_what_a_changed_spec_means(repo):
    spec = copy.deepcopy(BASE)
    spec["components"]["schemas"]["Status"]["enum"] = ["queued"]
    write_spec(repo, spec)
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "changes", "--root", str(repo)], capture_output=True, text=True, cwd=ROOT
    )
    assert "BREAKING  video: enum value removed: GET /v1/videos/{id} 200 $.status ('completed')" in result.stdout


def dated_commit(repo, message, when):
    git(repo, "add", "-A")
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "commit", "-qm", message], cwd=repo, check=True, capture_output=True, env=env)


def test_an_operation_added_on_another_branch_is_not_called_removed(repo):
    """A branch that started before an operation was added and committed after it, merged later: its own
    commits change nothing breaking against their parents (comparing commits in log order once set the side
    branch's version after main's and reported "operation removed")."""
    git(repo, "branch", "side")
    added = copy.deepcopy(BASE)
    added["paths"]["/v1/videos"] = {"post": {"responses": {"200": {"description": "created"}}}}
    write_spec(repo, added)
    dated_commit(repo, "main: a new operation", "2026-01-02T00:00:00")
    git(repo, "switch", "-q", "side")
    side = copy.deepcopy(BASE)
    side["info"] = {**side.get("info", {}), "description": "edited on a side branch"}
    write_spec(repo, side)
    dated_commit(repo, "side: a harmless edit, after main's", "2026-01-03T00:00:00")
    git(repo, "switch", "-q", "main")
    git(repo, "merge", "-q", "--no-edit", "-X", "ours", "side")
    assert unacknowledged(repo) == []
    assert check(repo).returncode == 0


def test_the_committed_text_changes_nothing_and_a_reordered_one_neither(repo):
    committed = (repo / "specs" / "video.yaml").read_text()
    assert changes_since_head(repo, "video", committed) == []
    reordered = yaml.safe_dump(BASE, sort_keys=True)  # other text, the same document
    assert reordered != committed
    assert changes_since_head(repo, "video", reordered) == []
    spec = copy.deepcopy(BASE)
    spec["components"]["schemas"]["Video"]["properties"].pop("id")
    assert [c.kind for c in changes_since_head(repo, "video", yaml.safe_dump(spec))] == ["field removed"]
