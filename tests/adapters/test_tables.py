"""Status tables are data; every documented value and every vocabulary a family can pass through is mapped."""

from __future__ import annotations

import pytest

from codegen.readers import read_doc
from codegen.rules.status import documented_values, values_at
from tests.conftest import FAMILIES, ROOT, load_spec, spec_examples
from videotask import TaskState, family

# Written by hand from ../shared/reference/provider-semantics.md (status vocabularies) and providers.md (the
# section of each family): every status each family's gateway can hand through, and what it means. Not read from
# specs/overrides: a row flipped or dropped there fails here.
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
    "kling": {  # data.task_status, `succeed` spelt so
        "submitted": TaskState.QUEUED, "processing": TaskState.RUNNING, "succeed": TaskState.SUCCEEDED,
        "failed": TaskState.FAILED,
    },
    "vidu": {  # state
        "created": TaskState.QUEUED, "queueing": TaskState.QUEUED, "processing": TaskState.RUNNING,
        "success": TaskState.SUCCEEDED, "failed": TaskState.FAILED,
    },
    "seedance": {  # Ark's status, and what relays add; expired is an execution timeout: terminal, a failure
        "queued": TaskState.QUEUED, "running": TaskState.RUNNING, "cancelled": TaskState.CANCELLED,
        "succeeded": TaskState.SUCCEEDED, "failed": TaskState.FAILED, "expired": TaskState.FAILED,
        "pending": TaskState.QUEUED, "processing": TaskState.RUNNING, "submitted": TaskState.QUEUED,
    },
    "runway": {  # THROTTLED is still waiting, held back by account limits
        "PENDING": TaskState.QUEUED, "THROTTLED": TaskState.QUEUED, "RUNNING": TaskState.RUNNING,
        "SUCCEEDED": TaskState.SUCCEEDED, "FAILED": TaskState.FAILED, "CANCELLED": TaskState.CANCELLED,
    },
    "luma": {  # the official states (dreaming: generating) and the relay's
        "queued": TaskState.QUEUED, "dreaming": TaskState.RUNNING, "completed": TaskState.SUCCEEDED,
        "failed": TaskState.FAILED, "pending": TaskState.QUEUED, "processing": TaskState.RUNNING,
    },
    "minimax": {  # capitalised; Preparing comes before the queue
        "Preparing": TaskState.QUEUED, "Queueing": TaskState.QUEUED, "Processing": TaskState.RUNNING,
        "Success": TaskState.SUCCEEDED, "Fail": TaskState.FAILED,
    },
    "wan": {  # output.task_status, CANCELED with one L
        "PENDING": TaskState.QUEUED, "RUNNING": TaskState.RUNNING, "SUCCEEDED": TaskState.SUCCEEDED,
        "FAILED": TaskState.FAILED, "CANCELED": TaskState.CANCELLED,
    },
    "video_query": {  # yunwu prints success where others print completed
        "pending": TaskState.QUEUED, "processing": TaskState.RUNNING, "completed": TaskState.SUCCEEDED,
        "success": TaskState.SUCCEEDED, "failed": TaskState.FAILED,
    },
}  # fmt: skip


def override(name: str):  # type: ignore[no-untyped-def]
    return family(name).override


def test_every_family_has_its_vocabulary_written_down() -> None:
    assert sorted(PASSED_THROUGH) == sorted(FAMILIES)


@pytest.mark.parametrize("name", FAMILIES)
def test_the_generated_enum_lists_every_value_the_provider_sends(name: str) -> None:
    # the spec's status enum is what the generated client's model knows: every written value is in it, in some
    # case (statuses are looked up regardless of case: jimeng's envelope says QUEUED, its upstream queued)
    enum = load_spec(name)["components"]["schemas"][override(name).status_enum]["enum"]
    assert {value.lower() for value in PASSED_THROUGH[name]} - {value.lower() for value in enum} == set()


@pytest.mark.parametrize("family", FAMILIES)
def test_every_value_the_raw_docs_document_is_mapped(family: str) -> None:
    spec = override(family)
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


@pytest.mark.parametrize("family", FAMILIES)
def test_reference_vocabularies_map_as_the_providers_mean(family: str) -> None:
    spec = override(family)
    assert {raw: spec.state_of(raw) for raw in PASSED_THROUGH[family]} == PASSED_THROUGH[family]


def test_lookup_is_case_insensitive_and_unknowns_are_none() -> None:
    spec = override("jimeng")
    assert spec.state_of("success") is spec.state_of("SUCCESS") is TaskState.SUCCEEDED
    assert spec.state_of("aborted") is None


def test_terminal_states() -> None:
    assert {s for s in TaskState if s.is_terminal} == {TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED}


# Written by hand: new-api's task statuses (QuantumNous/new-api model/task.go, relays.md) and Kling's own
# task_status words (providers.md, Kling).
NEWAPI_TASK_WORDS = ["NOT_START", "SUBMITTED", "QUEUED", "IN_PROGRESS", "SUCCESS", "FAILURE", "UNKNOWN"]
KLING_WORDS = ["submitted", "processing", "succeed", "failed"]


@pytest.mark.parametrize("model", ["KlingText2VideoTask", "KlingImage2VideoTask"])
def test_a_wrapper_field_lists_the_wrappers_words_and_the_nested_field_the_upstreams(model):
    """Kling's answer in new-api's envelope: the envelope's data.status enum holds new-api's whole vocabulary,
    and Kling's own task_status kept inside it (data.data.data.task_status) Kling's, whatever the doc's examples
    happened to show; neither takes the other's words."""
    schemas = load_spec("kling")["components"]["schemas"]
    assert sorted(schemas[f"{model}DataStatus"]["enum"]) == sorted(NEWAPI_TASK_WORDS)
    assert sorted(schemas[f"{model}DataDataDataTaskStatus"]["enum"]) == sorted(KLING_WORDS)
