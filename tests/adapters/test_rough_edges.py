"""The library's rough edges from the review (issue 17): each test fails on the code before the fix."""

from __future__ import annotations

import builtins
import re
import shutil
import subprocess
import sys
import time
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

import videotask
from tests.adapters.test_gateway import KEY, first_example, script, sync_gateway
from tests.conftest import ROOT
from videotask import FamilyDefinitionError, RateLimitError, TaskState, UnknownFamily, VideoTask, _families


def test_retry_after_beyond_the_cap_is_not_retried_and_travels_with_the_error() -> None:
    handler, seen = script(httpx.Response(429, headers={"retry-after": "120"}, json={"error": {"message": "slow"}}))
    sleeps: list[float] = []
    with sync_gateway(handler, sleeps, max_retries=5) as gateway, pytest.raises(RateLimitError) as caught:
        gateway.get("openai_videos", "video_1")
    assert caught.value.retry_after == 120.0
    assert len(seen) == 1  # asked once: 120 s is more than the client would wait
    assert sleeps == []


def test_retry_after_within_the_cap_is_honoured_exactly() -> None:
    body = first_example("openai_videos")
    handler, seen = script(httpx.Response(429, headers={"retry-after": "45"}), httpx.Response(200, json=body))
    sleeps: list[float] = []
    with sync_gateway(handler, sleeps) as gateway:
        gateway.get("openai_videos", "video_1")
    assert sleeps == [45.0]  # not clamped, not jittered
    assert len(seen) == 2


def test_a_task_is_hashable_and_its_raw_body_takes_no_part_in_equality() -> None:
    def task(raw: dict[str, object]) -> VideoTask:
        return VideoTask("jimeng", "t", TaskState.QUEUED, "QUEUED", 0.1, None, None, None, None, None, raw)

    assert hash(task({"a": 1})) == hash(task({"a": 2}))
    assert task({"a": 1}) == task({"a": 2})
    assert len({task({}), task({"b": []})}) == 1


def test_star_import_does_not_shadow_the_builtin_timeout_error() -> None:
    namespace: dict[str, object] = {}
    exec("from videotask import *", namespace)
    assert "TimeoutError" not in namespace
    assert "APITimeoutError" in namespace
    assert videotask.TimeoutError is videotask.APITimeoutError  # the old name still imports
    assert issubclass(videotask.APITimeoutError, builtins.TimeoutError)


@pytest.fixture
def specs_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of specs/ the family loader reads instead of the real one."""
    copy = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", copy, ignore=shutil.ignore_patterns("raw", "reports"))
    monkeypatch.setattr(_families, "SPECS_DIR", copy)
    _families.family.cache_clear()
    yield copy
    _families.family.cache_clear()


def test_a_broken_override_is_not_an_unknown_family(specs_copy: Path) -> None:
    override = specs_copy / "overrides" / "jimeng.yaml"
    override.write_text(override.read_text(encoding="utf-8").replace("role: query", "role: poll"), encoding="utf-8")
    with pytest.raises(FamilyDefinitionError, match=r"jimeng: operations\.0\.role: \"poll\" is not one of") as caught:
        _families.family("jimeng")
    assert not isinstance(caught.value, UnknownFamily)
    with pytest.raises(UnknownFamily):
        _families.family("no_such_family")


def test_a_missing_response_entry_is_not_an_unknown_family() -> None:
    op = _families.family("jimeng").query()
    spec = {**op.spec, "responses": {"200": op.spec["responses"]["200"]}}  # no 404, no default
    bare = _families.Operation(
        op.id, op.role, op.method, op.path, op.route, op.model, op.id_param, op.id_in, op.family, spec
    )
    with pytest.raises(FamilyDefinitionError, match="HTTP 404") as caught:
        bare.response_schema(404)
    assert not isinstance(caught.value, UnknownFamily)


def _pipeline_copy(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "codegen", root / "codegen", ignore=shutil.ignore_patterns("__pycache__"))
    package = ROOT / "adapters" / "videotask"
    shutil.copytree(package / "definitions", root / "adapters" / "videotask" / "definitions")
    shutil.copy(package / "_task.py", root / "adapters" / "videotask" / "_task.py")
    for kind in ("raw/jimeng", "overrides", "shapes", "upstreams", "wrappers"):
        shutil.copytree(ROOT / "specs" / kind, root / "specs" / kind)
    return root


def test_regeneration_key_ignores_comments_and_follows_what_changes_the_output(tmp_path: Path) -> None:
    from codegen.pipeline import inputs_sha256

    root = _pipeline_copy(tmp_path)
    before = inputs_sha256(root, "jimeng")
    module = root / "codegen" / "emit.py"
    module.write_text("# a new comment\n" + module.read_text(encoding="utf-8").replace('"""', '"""Reworded. ', 1))
    override = root / "specs" / "overrides" / "jimeng.yaml"
    override.write_text("# reviewed again\n" + override.read_text(encoding="utf-8"), encoding="utf-8")
    assert inputs_sha256(root, "jimeng") == before  # comments and docstrings change no spec
    override.write_text(override.read_text(encoding="utf-8").replace("version: 1.0.0", "version: 1.0.1"))
    assert inputs_sha256(root, "jimeng") != before
    changed = inputs_sha256(root, "jimeng")
    module.write_text(module.read_text(encoding="utf-8").replace("width=100_000", "width=99_999"))
    assert inputs_sha256(root, "jimeng") != changed


def test_the_package_is_typed_and_declares_only_what_it_uses() -> None:
    assert (ROOT / "adapters" / "videotask" / "py.typed").is_file()
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = [re.split(r"[<>=\[ ]", requirement, maxsplit=1)[0] for requirement in declared]
    import_name = {"jsonschema-rs": "jsonschema_rs", "pyyaml": "yaml"}
    indirect = {"sniffio"}  # httpcore imports it on every async request when present (see pyproject)
    code = "\n".join(
        p.read_text(encoding="utf-8") for p in [*ROOT.glob("adapters/**/*.py"), *ROOT.glob("generated/**/*.py")]
    )
    for name in names:
        if name in indirect:
            continue
        module = import_name.get(name, name)
        assert re.search(rf"^\s*(?:import|from) {module}\b", code, re.MULTILINE), f"{name} is declared, never imported"


def test_ruff_lints_tests_generated_but_not_the_generator_output() -> None:
    listed = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--show-files", "."], cwd=ROOT, capture_output=True, text=True
    ).stdout
    assert "tests/generated/test_clients.py" in listed
    assert not re.search(r"^\S*/generated/jimeng/", listed, re.MULTILINE)


# One instant, 2099-01-01T00:00:00Z, written in the HTTP-date forms RFC 9110 5.6.7 asks a recipient to read
# (IMF-fixdate and asctime) and with a numeric zone as RFC 5322 writes one; and a text that is no date at all.
NEW_YEAR_2099 = datetime(2099, 1, 1, tzinfo=UTC)
HTTP_DATES = [
    ("Thu, 01 Jan 2099 00:00:00 GMT", NEW_YEAR_2099),
    ("Thu Jan  1 00:00:00 2099", NEW_YEAR_2099),
    ("Thu, 01 Jan 2099 08:00:00 +0800", NEW_YEAR_2099),
    ("soon", None),
]


@pytest.mark.parametrize(("text", "instant"), HTTP_DATES, ids=["imf-fixdate", "asctime", "offset", "not-a-date"])
def test_one_http_date_parser_reads_headers_and_bodies_alike(text: str, instant: datetime | None) -> None:
    """A Retry-After header and a body's time read an HTTP date to the same instant: one parser, not two that
    disagree on the forms they accept."""
    handler, _ = script(httpx.Response(429, headers={"retry-after": text}, json={}))
    before = time.time()
    with sync_gateway(handler, max_retries=0) as gateway, pytest.raises(RateLimitError) as caught:
        gateway.get("openai_videos", "video_1")
    after = time.time()
    waited = caught.value.retry_after
    body = {"id": "t", "status": "RUNNING", "createdAt": text}  # providers.md 8: runway's createdAt is a time
    created = videotask.normalize("runway", body).created_at
    if instant is None:
        assert (waited, created) == (None, None)
        return
    assert created == instant
    assert waited is not None
    # the wait runs from the moment the 429 came in, between `before` and `after`, to the date it named
    assert instant.timestamp() - after - 0.001 <= waited <= instant.timestamp() - before + 0.001


def test_key_never_reaches_a_rate_limit_message() -> None:
    handler, _ = script(httpx.Response(429, headers={"retry-after": "999"}, text=f"slow down {KEY}"))
    with sync_gateway(handler) as gateway, pytest.raises(RateLimitError) as caught:
        gateway.get("jimeng", "t")
    assert KEY not in str(caught.value)
