"""Status tables are data; every documented value and every vocabulary a family can pass through is mapped."""

from __future__ import annotations

import pytest

from codegen.readers import read_doc
from codegen.rules.status import documented_values, values_at
from tests.conftest import FAMILIES, ROOT, load_spec, spec_examples
from videotask import TaskState, family

# From ../shared/reference/provider-semantics.md: what each family's gateway can hand through.
PASSED_THROUGH = {
    "jimeng": {
        "NOT_START": TaskState.QUEUED, "SUBMITTED": TaskState.QUEUED, "QUEUED": TaskState.QUEUED,
        "IN_PROGRESS": TaskState.RUNNING, "FAILURE": TaskState.FAILED, "SUCCESS": TaskState.SUCCEEDED,
        "UNKNOWN": TaskState.UNKNOWN, "submitted": TaskState.QUEUED, "queueing": TaskState.QUEUED,
        "processing": TaskState.RUNNING, "success": TaskState.SUCCEEDED, "failed": TaskState.FAILED,
        "in_queue": TaskState.QUEUED, "generating": TaskState.RUNNING, "done": TaskState.SUCCEEDED,
        "not_found": TaskState.FAILED, "expired": TaskState.FAILED, "queued": TaskState.QUEUED,
        "running": TaskState.RUNNING, "cancelled": TaskState.CANCELLED, "succeeded": TaskState.SUCCEEDED,
        "pending": TaskState.QUEUED,
    },
    "openai_videos": {
        "queued": TaskState.QUEUED, "in_progress": TaskState.RUNNING, "completed": TaskState.SUCCEEDED,
        "failed": TaskState.FAILED, "pending": TaskState.QUEUED, "processing": TaskState.RUNNING,
        "cancelled": TaskState.CANCELLED, "unknown": TaskState.UNKNOWN,
    },
    "video_generations": {
        "queued": TaskState.QUEUED, "in_progress": TaskState.RUNNING, "completed": TaskState.SUCCEEDED,
        "failed": TaskState.FAILED, "NOT_START": TaskState.QUEUED, "SUBMITTED": TaskState.QUEUED,
        "QUEUED": TaskState.QUEUED, "IN_PROGRESS": TaskState.RUNNING, "FAILURE": TaskState.FAILED,
        "SUCCESS": TaskState.SUCCEEDED, "UNKNOWN": TaskState.UNKNOWN, "processing": TaskState.RUNNING,
        "succeeded": TaskState.SUCCEEDED,
    },
    "vidu_native": {
        "created": TaskState.QUEUED, "queueing": TaskState.QUEUED, "processing": TaskState.RUNNING,
        "success": TaskState.SUCCEEDED, "failed": TaskState.FAILED, "pending": TaskState.QUEUED,
        "completed": TaskState.SUCCEEDED, "done": TaskState.SUCCEEDED, "expired": TaskState.FAILED,
    },
}  # fmt: skip


def declaration(name: str):  # type: ignore[no-untyped-def]
    return family(name).declaration


@pytest.mark.parametrize("name", FAMILIES)
def test_every_value_in_the_spec_enum_is_mapped(name: str) -> None:
    spec = declaration(name)
    enum = load_spec(name)["components"]["schemas"][spec.status_enum]["enum"]
    assert set(spec.status_values) <= set(enum)  # the table's rows, plus what docs and shapes show
    assert all(spec.state_of(value) is not None for value in enum)


@pytest.mark.parametrize("family", FAMILIES)
def test_every_value_the_raw_docs_document_is_mapped(family: str) -> None:
    spec = declaration(family)
    documented: set[str] = set()
    for path in sorted((ROOT / "specs" / "raw" / family).iterdir()):
        for op in read_doc(path).operations:
            documented |= set(documented_values(op.description))
            for response in op.responses:
                for example in response.examples:
                    for field in spec.status_fields:
                        documented |= set(values_at(example.value, [str(p) for p in field]))
    for _, _, value in spec_examples(family):
        for field in spec.status_fields:
            documented |= set(values_at(value, [str(p) for p in field]))
    assert documented, "each family documents some status"
    assert {v for v in documented if spec.state_of(v) is None} == set()


@pytest.mark.parametrize("family", sorted(PASSED_THROUGH))
def test_reference_vocabularies_map_as_the_providers_mean(family: str) -> None:
    spec = declaration(family)
    assert {raw: spec.state_of(raw) for raw in PASSED_THROUGH[family]} == PASSED_THROUGH[family]


def test_lookup_is_case_insensitive_and_unknowns_are_none() -> None:
    spec = declaration("jimeng")
    assert spec.state_of("success") is spec.state_of("SUCCESS") is TaskState.SUCCEEDED
    assert spec.state_of("aborted") is None


def test_terminal_states() -> None:
    assert {s for s in TaskState if s.is_terminal} == {TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED}
