"""One JSON Schema per data file kind: a broken file reports every problem, each with its path."""

from __future__ import annotations

from videotask.definitions import families, load_yaml, problems, specs_dir, upstreams
from videotask.definitions._override import OperationOverride, parse_own_override
from videotask.definitions._shapes import parse_shapes


def test_every_shipped_file_is_valid_against_its_schema() -> None:
    for name in families():
        assert problems("override", load_yaml(specs_dir() / "overrides" / f"{name}.yaml"), name) == []
        shapes = specs_dir() / "shapes" / f"{name}.yaml"
        if shapes.exists():
            assert problems("shapes", load_yaml(shapes), name) == []
    for name in upstreams():
        assert problems("upstream", load_yaml(specs_dir() / "upstreams" / f"{name}.yaml"), name) == []


def test_a_broken_override_reports_every_problem_with_its_path() -> None:
    data = {
        "family": "acme",
        "operations": [{"id": "get_acme", "role": "poll", "method": "GET", "path": "/acme/{task_id}", "model": "A"}],
        "status": {"values": {"done": "finished", "ok": "succeeded"}},
        "fields": {"video_url": "data..url", "colour": "x"},
    }
    override, errors = parse_own_override(data, "acme")
    assert override is None
    # every problem, each with the path to it and the offending value (the wording is the validator's own)
    found = sorted(errors)
    assert [e.split(": ", 2)[:2] for e in found] == [
        ["acme", "fields.video_url"],
        ["acme", "fields"],
        ["acme", "operations.0.role"],
        ["acme", "status.values.done"],
    ]
    assert all(v in e for v, e in zip(['"data..url"', "colour", '"poll"', '"finished"'], found, strict=True))


def test_what_a_schema_cannot_say_is_still_checked() -> None:
    data = {
        "family": "acme",
        "operations": [
            {"id": "get_acme", "role": "query", "method": "GET", "path": "/acme/{task_id}", "model": "A"},
            {"id": "get_acme", "role": "query", "method": "GET", "path": "/acme2/{task_id}", "model": "B"},
        ],
        "status": {"values": {"Done": "succeeded", "DONE": "succeeded"}},
    }
    _, errors = parse_own_override(data, "other")
    assert errors == [
        "other: `family` must be 'other', the file's name",
        "other: operation id 'get_acme' is declared twice",
        "other: several query operations need distinct `route` names",
        "other: status 'DONE' repeats 'Done' but for case",
    ]


def test_a_broken_shapes_file_reports_every_item() -> None:
    data = {"shapes": [{"name": "Bad Name", "state": "done", "source": "x", "body": {}}, {"name": "ok", "body": 1}]}
    query = OperationOverride("get_acme", "query", "GET", "/acme/{task_id}", None, "A", "")
    shapes, errors = parse_shapes(data, "acme", (query,))
    assert shapes == ()
    found = sorted(errors)
    assert [e.split(": ", 2)[1] for e in found] == ["shapes.0.name", "shapes.0.state", "shapes.1", "shapes.1"]
    assert '"Bad Name"' in found[0]
    assert '"done"' in found[1]
    assert found[2:] == [
        'acme shapes: shapes.1: "source" is a required property',
        'acme shapes: shapes.1: "state" is a required property',
    ]


def test_a_broken_upstream_answer_reports_every_problem_with_its_path() -> None:
    data = load_yaml(specs_dir() / "upstreams" / "runway.yaml")
    data["answers"] = [{"name": "ok", "state": "queued", "call": "poll", "source": "x", "body": {}}, {"name": "x"}]
    found = sorted(e.split(": ", 2)[1] for e in problems("upstream", data, "runway"))
    assert found == ["answers.0.call", "answers.1", "answers.1", "answers.1"]  # the call; state, source, body
    data["answers"] = []
    assert [e.split(": ", 2)[1] for e in problems("upstream", data, "runway")] == ["answers"]  # one at least
