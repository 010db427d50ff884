"""Property-based fuzzing: bodies drawn from each family's schema, then broken. normalize, validate and get
raise nothing but the adapters' own errors."""

from __future__ import annotations

import os

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FAMILIES
from tests.reliability.harness import DEEPER_THAN_THE_PARSER, encode, mutated_bodies
from videotask import Gateway, GatewayError, VideoTask, normalize, validate

EXAMPLES = int(os.environ.get("VIDEOTASK_FUZZ_EXAMPLES", "50"))  # per family; `make reliability` runs 1,000
CORRUPTIONS = [b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x00", DEEPER_THAN_THE_PARSER]
RUNS: dict[str, int] = {}  # examples run per family, for `make reliability`


pytestmark = pytest.mark.slow


@pytest.mark.parametrize("family", FAMILIES)
def test_fuzzed_bodies_raise_only_adapter_errors(family):
    body_bytes = b""
    gateway = Gateway(
        "http://127.0.0.1:9",
        "sk-fuzz",
        max_retries=0,
        transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body_bytes)),
    )
    RUNS[family] = 0

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )
    @given(body=mutated_bodies(family), corrupt=st.none() | st.sampled_from(CORRUPTIONS))
    def check(body, corrupt):
        nonlocal body_bytes
        RUNS[family] += 1
        task = normalize(family, body)
        assert isinstance(task, VideoTask)
        assert task.progress is None or 0.0 <= task.progress <= 1.0
        assert all(v.path.startswith("$") for v in validate(family, body))
        body_bytes = encode(body, corrupt)
        try:
            fetched = gateway.get(family, "fuzz-1")
        except GatewayError:
            return
        assert fetched.task_id == "fuzz-1"

    with gateway:
        check()
    assert RUNS[family] >= EXAMPLES
