"""Hand-written fixtures mean what their hand-written table says.

Every family folder under tests/fixtures with an `expected.yaml` is checked: each body file has an entry and
each entry a file; a 200 body keeps its spec strictly and normalizes to exactly its row; an error answer
raises the named error type. The bodies and the rows come from public definitions (the `source:` of each
entry), never from our code, so a failure here is our code or spec disagreeing with a real server.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

import videotask
from tests.conftest import FAMILIES, ROOT
from videotask import _errors, validate
from videotask._families import family as resolve
from videotask._http import Reply, interpret, settings_from

FIXTURES = ROOT / "tests" / "fixtures"
BASE_URL = "http://fixtures.invalid"
STATES = {"queued", "running", "succeeded", "failed", "cancelled", "unknown"}
ROW_KEYS = ("state", "raw_status", "progress", "video_url", "error", "created_at", "finished_at", "expires_at")
TIMES = ("created_at", "finished_at", "expires_at")
_HTTP = re.compile(r"\.http(\d{3})\.json$")
# URL signatures and credentials are secrets; an expiry (`X-Tos-Expires=3600`) is not, and normalize reads it
_SIGNED = re.compile(r"(signature|credential|security-token|policy)=(?!REDACTED)", re.IGNORECASE)


def _table(folder: Path) -> dict[str, dict[str, Any]]:
    loaded = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    return loaded or {}


FOLDERS = sorted(path.parent for path in FIXTURES.glob("*/expected.yaml"))
ENTRIES = [(folder.name, name, entry) for folder in FOLDERS for name, entry in _table(folder).items()]


def _params(kind: str) -> list[Any]:
    chosen = []
    for family, name, entry in ENTRIES:
        is_error = _HTTP.search(name) is not None
        if (kind == "error") == is_error:
            chosen.append(pytest.param(family, name, entry, id=f"{family}/{name}"))
    return chosen


def _body_bytes(family: str, name: str) -> bytes:
    return (FIXTURES / family / name).read_bytes()


def test_every_known_family_has_hand_written_fixtures():
    assert {folder.name for folder in FOLDERS} >= set(FAMILIES)


@pytest.mark.parametrize("folder", FOLDERS, ids=[folder.name for folder in FOLDERS])
def test_every_file_has_an_entry_and_every_entry_a_file(folder):
    files = {path.name for path in folder.glob("*.json")}
    table = _table(folder)
    assert sorted(files - table.keys()) == [], "body files with no entry in expected.yaml"
    assert sorted(table.keys() - files) == [], "entries in expected.yaml with no body file"
    for name, entry in table.items():
        assert entry.get("source"), f"{name}: no source"
        if _HTTP.search(name):
            assert isinstance(getattr(_errors, entry.get("raises", ""), None), type), f"{name}: raises names no error"
        elif "operation" not in entry:
            assert set(ROW_KEYS) <= entry.keys(), f"{name}: missing {sorted(set(ROW_KEYS) - entry.keys())}"
            assert entry["state"] in STATES, f"{name}: state {entry['state']!r}"


@pytest.mark.parametrize(("family", "name", "entry"), _params("body"))
def test_body_keeps_its_spec_strictly(family, name, entry):
    body = json.loads(_body_bytes(family, name))
    if "operation" in entry:
        violations = validate(family, body, operation=entry["operation"])
    else:
        violations = validate(family, body)
    assert [str(v) for v in violations] == []


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@pytest.mark.parametrize(("family", "name", "entry"), _params("body"))
def test_body_normalizes_to_its_row(family, name, entry):
    if "operation" in entry:  # a result call's answer: the URL it names is the row's
        fam = videotask.family(family)
        assert fam.result is not None
        assert entry["operation"] == fam.result.id
        assert fam.result_url(json.loads(_body_bytes(family, name))) == entry["video_url"]
        return
    task = videotask.normalize(family, json.loads(_body_bytes(family, name)), base_url=BASE_URL)
    actual = {
        "state": task.state.value,
        "raw_status": task.raw_status,
        "progress": task.progress,
        "video_url": task.video_url,
        "error": task.error,
        **{key: _iso(getattr(task, key)) for key in TIMES},
    }
    expected = {key: entry[key] for key in ROW_KEYS}
    if expected["progress"] is not None:
        expected["progress"] = pytest.approx(expected["progress"])
    for key in TIMES:
        expected[key] = _iso(datetime.fromisoformat(entry[key])) if entry[key] is not None else None
    if "file_id" in entry:
        actual["file_id"] = getattr(task, "file_id", "<VideoTask has no file_id>")
        expected["file_id"] = entry["file_id"]
    assert actual == expected


@pytest.mark.parametrize(("family", "name", "entry"), _params("error"))
def test_error_answer_raises_its_type(family, name, entry):
    match = _HTTP.search(name)
    assert match is not None
    code = int(match.group(1))
    settings = settings_from("http://127.0.0.1:1", "sk-test", 0, "warn")
    reply = Reply(code, {}, _body_bytes(family, name), "GET", "/x")
    with pytest.raises(getattr(_errors, entry["raises"])) as caught:
        interpret(resolve(family), resolve(family).query(), "t", reply, settings)
    assert caught.value.status_code == code


@pytest.mark.parametrize(("family", "name", "entry"), _params("error"))
def test_error_answer_keeps_the_error_schema(family, name, entry):
    code = int(_HTTP.search(name).group(1))
    assert [str(v) for v in validate(family, json.loads(_body_bytes(family, name)), status=code)] == []


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*/*.json")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixtures_carry_no_secrets(path):
    text = path.read_text(encoding="utf-8")
    assert not _SIGNED.search(text)
    assert "Bearer" not in text


# Every real upstream body of the families relays wrap, read inside new-api's task envelope (dto/task.go) whose
# own result_url and fail_reason are empty: the same state, URL and error text as the body's hand-written row.
ENVELOPE_WORDS = {"queued": "QUEUED", "running": "IN_PROGRESS", "succeeded": "SUCCESS", "failed": "FAILURE"}
WRAPPED = ("seedance", "vidu", "minimax", "kling", "runway", "luma", "wan")


def _upstream_bodies() -> list[Any]:
    """The fixtures of WRAPPED families in a state the envelope can say, not already in the envelope."""
    chosen = []
    for param in _params("ok"):
        family, name, entry = param.values
        body = json.loads(_body_bytes(family, name))
        enveloped = "code" in body and isinstance(body.get("data"), dict) and "status" in body["data"]
        if family in WRAPPED and entry.get("state") in ENVELOPE_WORDS and not enveloped:
            chosen.append(param)
    return chosen


@pytest.mark.parametrize(("family", "name", "entry"), _upstream_bodies())
def test_a_fixture_inside_new_apis_envelope_reads_as_its_row(family: str, name: str, entry: dict[str, Any]) -> None:
    upstream = json.loads(_body_bytes(family, name))
    envelope = {
        "code": "success",
        "message": "",
        "data": {"task_id": "task_env", "status": ENVELOPE_WORDS[entry["state"]], "fail_reason": "",
                 "result_url": "", "progress": "", "data": upstream},
    }  # fmt: skip
    task = videotask.normalize(family, envelope, base_url=BASE_URL)
    assert (task.state.value, task.video_url, task.error) == (entry["state"], entry["video_url"], entry["error"])
    assert task.task_id == "task_env"
