"""Many waits against a MockGateway that faults 5% of its answers: every task ends in a terminal state, a
WaitTimeout or a typed error; none is lost or reported twice, counted against the server's own ledger."""

from __future__ import annotations

import asyncio
import os

import pytest

from tests.reliability.harness import against_ledger, load
from videotask import Gateway
from videotask.testing import TASK_FAULTS as FAULTS
from videotask.testing import MockGateway

TASKS = int(os.environ.get("VIDEOTASK_LOAD_TASKS", "2000"))  # `make reliability` waits on 10,000 (about 15 s)


@pytest.mark.slow
def test_waits_under_faults_all_end_once():
    faults = [f for f in FAULTS if f not in ("slow", "redirect", "unauthorized", "forbidden")]
    with MockGateway(fault_rate=0.05, random_faults=faults, seed=11, running_polls=2) as mock:
        outcomes, _ = asyncio.run(load(mock, TASKS))
        served = mock.served
        faulted = sum(mock.faults_served.values())
        finished = sum(1 for record in mock.ledger.snapshot().values() if record.last and record.last.is_terminal)
    assert outcomes["lost"] == 0
    assert outcomes["reported twice"] == 0
    assert not [kind for kind in outcomes if kind.startswith("untyped")]
    ended = sum(n for kind, n in outcomes.items() if kind not in ("lost", "reported twice"))
    assert ended == TASKS
    assert outcomes["succeeded"] + outcomes["failed"] + outcomes["cancelled"] == finished > TASKS * 0.9
    assert 0.03 < faulted / served < 0.07


def test_the_ledger_finds_a_lost_a_misreported_and_a_twice_reported_task():
    with MockGateway(running_polls=1) as mock:
        _, reported = asyncio.run(load(mock, 12))
        assert against_ledger(mock.ledger, reported) == (0, 0)
        (dropped, kept), (family, task_id) = list(reported.items())[:2], next(iter(reported))
        assert against_ledger(mock.ledger, {k: v for k, v in reported.items() if k != dropped[0]}) == (1, 0)
        wrong = {**reported, kept[0]: ["succeeded" if kept[1] != ["succeeded"] else "failed"]}
        assert against_ledger(mock.ledger, wrong) == (1, 0)
        assert against_ledger(mock.ledger, {**reported, dropped[0]: dropped[1] * 2}) == (0, 1)
        with Gateway(mock.base_url, mock.token) as gateway:
            gateway.get(family, task_id)  # polling a finished task again: the server serves its end twice
        assert against_ledger(mock.ledger, reported) == (0, 1)
