"""Many waits against a MockGateway that faults 5% of its answers: every task ends in a terminal state, a
WaitTimeout or a typed error; none is lost or reported twice."""

from __future__ import annotations

import asyncio

from adapters.testing import FAULTS, MockGateway
from tests.reliability.harness import load

TASKS = 10_000  # about 15 s here


def test_waits_under_faults_all_end_once():
    faults = [f for f in FAULTS if f not in ("slow", "redirect", "unauthorized", "forbidden")]
    with MockGateway(fault_rate=0.05, random_faults=faults, seed=11, running_polls=2) as mock:
        outcomes = asyncio.run(load(mock, TASKS))
        served = mock.served
        faulted = sum(mock.faults_served.values())
    assert outcomes["lost"] == 0
    assert outcomes["reported twice"] == 0
    assert not [kind for kind in outcomes if kind.startswith("untyped")]
    ended = sum(n for kind, n in outcomes.items() if kind not in ("lost", "reported twice"))
    assert ended == TASKS
    assert outcomes["succeeded"] + outcomes["failed"] + outcomes["cancelled"] > TASKS * 0.9
    assert 0.03 < faulted / served < 0.07
