"""The status gate: a documented status value with no row in the family's table stops `make gen`, naming it.

Documented values are found here without the pipeline's help: every string at a declared status field of
every example a raw doc carries and every shape, walked by hand below. Prose forms are tested on sentences
written for the test."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from codegen import gates
from codegen.overrides import load_override_file
from codegen.pipeline import ROOT
from codegen.readers import read_doc
from codegen.rules.status import documented_values
from codegen.spec import build_spec
from tests.conftest import FAMILIES
from videotask.definitions import load_shapes


def _strings_at(value: Any, path: tuple[str | int, ...]) -> set[str]:
    if not path:
        return {value} if isinstance(value, str) else set()
    head, rest = path[0], path[1:]
    if isinstance(value, dict) and head in value:
        return _strings_at(value[head], rest)
    if isinstance(value, list):
        if isinstance(head, int):
            return _strings_at(value[head], rest) if -len(value) <= head < len(value) else set()
        return {found for item in value for found in _strings_at(item, path)}
    return set()


def _inputs(family: str) -> tuple[list[Any], Any, tuple[Any, ...]]:
    docs = [read_doc(p) for p in sorted((ROOT / "specs" / "raw" / family).iterdir()) if p.is_file()]
    override, errors = load_override_file(ROOT / "specs" / "overrides" / f"{family}.yaml")
    assert override is not None, errors
    shapes = load_shapes(override, ROOT / "specs")[0]
    return docs, override, shapes


@pytest.mark.parametrize("family", FAMILIES)
def test_removing_a_documented_row_fails_the_gate_naming_the_value(family: str) -> None:
    docs, override, shapes = _inputs(family)
    bodies = [e.value for d in docs for op in d.operations for r in op.responses for e in r.examples]
    bodies += [shape.body for shape in shapes]
    documented = {v for body in bodies for path in override.status_fields for v in _strings_at(body, path)}
    rows = [raw for raw in override.status_values if raw in documented]
    assert rows, f"{family}: no status value is documented in any example or shape"
    for raw in rows:
        values = {k: v for k, v in override.status_values.items() if k != raw}
        smaller = attrs.evolve(
            override, status_values=values, status_lookup={k.casefold(): v for k, v in values.items()}
        )
        spec, _ = build_spec(docs, smaller, shapes)
        failures = gates.statuses_mapped(spec, smaller)
        message = "status {!r} is documented but specs/overrides/" + family + ".yaml does not map it"
        assert message.format(raw) in failures
        # the row also covered the same word in another case (`queued` covers `QUEUED`): nothing else is named
        assert all(f in {message.format(v) for v in documented if v.casefold() == raw.casefold()} for f in failures)


@pytest.mark.parametrize(
    ("text", "field", "values"),
    [
        (
            "枚举值：submitted（已提交）、processing（处理中）、succeed（成功）",
            True,
            ["submitted", "processing", "succeed"],
        ),
        ("任务状态 queued / running / done / failed", False, ["queued", "running", "done", "failed"]),
        ("Available options: pending, processing, completed", True, ["pending", "processing", "completed"]),
        ("可用选项: queueing, generating", True, ["queueing", "generating"]),
        ('status: "NOT_START" "SUBMITTED"', False, ["NOT_START", "SUBMITTED"]),
        ("状态 queued: 排队中in_progress: 生成中", False, ["queued", "in_progress"]),
        ("| value | meaning |\n| --- | --- |\n| PENDING | waiting |\n| RUNNING | busy |", True, ["PENDING", "RUNNING"]),
        ("The id of the task, returned by the create call.", True, []),
        ("Returns the generation. Note: see the docs, or ask support.", False, []),
    ],
)
def test_documented_values_read_the_forms_docs_use(text: str, field: bool, values: list[str]) -> None:
    assert documented_values(text, field=field) == values


def test_a_status_field_description_documents_values_the_gate_checks() -> None:
    from codegen.model import Example, Operation, RawDoc, Response
    from videotask.definitions._override import parse_own_override

    schema = {"type": "object", "properties": {"state": {"type": "string", "description": "枚举值：new、busy、gone"}}}
    response = Response("200", "ok", schema, (Example("e", {"state": "new"}, "doc.md"),))
    doc = RawDoc("doc.md", "test", "t", (Operation("GET", "/t/{id}", responses=(response,), source="doc.md"),))
    data = {
        "family": "t",
        "operations": [{"id": "get_t", "role": "query", "method": "GET", "path": "/t/{id}", "model": "T"}],
        "status": {"fields": "state", "enum": "TStatus", "values": {"new": "queued", "busy": "running"}},
    }
    override, errors = parse_own_override(data, "t")
    assert override is not None, errors
    spec, _ = build_spec([doc], override)
    assert gates.statuses_mapped(spec, override) == [
        "status 'gone' is documented but specs/overrides/t.yaml does not map it"
    ]
