"""The request budget: slots in order, max_rps apart; a 429 slows the whole gateway and it recovers gradually.
Every expected time is worked out by hand from the rules in videotask/_budget.py's docstring."""

from __future__ import annotations

import httpx
import pytest

from videotask import Gateway
from videotask._budget import Budget, SyncBudget
from videotask.testing import MockGateway


def test_slots_go_out_in_order_max_rps_apart():
    budget = Budget(10)
    assert [budget.reserve(0.0)[0] for _ in range(3)] == pytest.approx([0.0, 0.1, 0.2])
    assert budget.reserve(1.0) == (0.0, 0)  # idle since: no wait
    assert budget.reserve(1.0)[0] == pytest.approx(0.1)


def test_a_429_with_retry_after_holds_every_slot_and_halves_the_rate():
    budget = Budget(10)
    budget.reserve(0.0)
    budget.reserve(0.0)
    budget.answered(429, 2.0, 0.05, epoch=0)
    assert not budget.valid(0)  # the slot handed out before is taken again
    delay, epoch = budget.reserve(0.1)
    assert (delay, epoch) == (pytest.approx(1.95), 1)  # nothing before 0.05 + 2
    assert budget.rate(0.05) == 5.0  # halved
    assert budget.rate(2.05) == pytest.approx(7.0)  # + a tenth of max_rps per second
    assert budget.rate(10.0) == 10.0  # recovered, never above max_rps
    assert budget.limited == 1


def test_a_429_without_retry_after_pauses_one_slot_at_the_new_rate():
    budget = Budget(8)
    budget.answered(429, None, 1.0, epoch=0)
    assert budget.reserve(1.0)[0] == pytest.approx(0.25)  # 1 / (8 / 2)


def test_429s_to_requests_sent_before_the_slowdown_halve_the_rate_once():
    budget = Budget(16)
    budget.answered(429, 1.0, 0.0, epoch=0)
    budget.answered(429, 0.5, 0.0, epoch=0)  # sent in the old epoch, asks for less: nothing changes
    assert budget.rate(0.0) == 8.0
    assert budget.reserve(0.0)[0] == pytest.approx(1.0)
    budget.answered(429, None, 0.0, epoch=1)  # sent after it: halves again
    assert budget.rate(0.0) == 4.0


def test_the_rate_never_falls_below_a_sixteenth():
    budget = Budget(32)
    for epoch in range(10):
        budget.answered(429, 0.0, 0.0, epoch=epoch)
    assert budget.rate(0.0) == 2.0


@pytest.mark.parametrize("bad", [0, -1.0, float("nan")])
def test_max_rps_must_be_positive(bad):
    with pytest.raises(ValueError, match="max_rps"):
        Budget(bad)


def test_no_waiter_starves_under_contention():
    # three waiters each ask twice, interleaved: every one gets its slots, in the order asked
    budget = Budget(2)
    delays = [budget.reserve(0.0)[0] for _ in range(6)]
    assert delays == pytest.approx([0.0, 0.5, 1.0, 1.5, 2.0, 2.5])


class FakeTime:
    def __init__(self):
        self.now, self.sleeps = 0.0, []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def test_the_sync_face_sleeps_through_the_seam_and_retakes_a_slot_after_a_429():
    time = FakeTime()
    face = SyncBudget(Budget(4), time.clock, time.sleep)
    assert face.acquire() == 0
    face.answered(429, httpx.Headers({"Retry-After": "3"}), 0)  # as senders hand them: case-insensitive
    assert face.acquire() == 1
    assert time.sleeps == [3.0]


def test_creates_go_at_most_three_quarters_of_the_rate():
    budget = Budget(4)  # slots 0.25 s apart; creates 1 / (0.75 * 4) = 1/3 s apart
    assert [budget.pace_create(0.0) for _ in range(3)] == pytest.approx([0.0, 1 / 3, 2 / 3])
    assert budget.pace_create(5.0) == 0.0  # idle since: no wait
    time = FakeTime()
    face = SyncBudget(Budget(4), time.clock, time.sleep)
    for _ in range(3):
        face.acquire(create=True)  # each waits for its turn; the slot is free by then
    face.acquire()  # a poll: the next slot, 0.25 s after the last create's
    assert time.sleeps == pytest.approx([1 / 3, 1 / 3, 0.25])


def test_a_gateway_spaces_its_requests_and_a_429_slows_the_next_ones():
    time = FakeTime()
    with (
        MockGateway(retry_after=2) as mock,
        Gateway(mock.base_url, mock.token, max_rps=4, clock=time.clock, sleep=time.sleep) as gw,
    ):
        for n in range(3):
            gw.get("jimeng", f"t{n}")
        assert time.sleeps == pytest.approx([0.25, 0.25])
        time.sleeps.clear()
        time.now = 10.0  # idle long enough: the next request goes at once
        mock.inject("rate_limited", task_id="slow")  # 429 + Retry-After: 2
        gw.get("jimeng", "slow")  # retried by the gateway after 2 s, its slot at once (the pause is over)
        gw.get("jimeng", "next")  # the rate is 2 + 0.4 * 2 = 2.8 a second now
        assert time.sleeps == pytest.approx([2.0, 1 / 2.8])


def test_a_gateways_creates_take_their_turns_and_its_gets_do_not():
    time = FakeTime()
    with (
        MockGateway() as mock,
        Gateway(mock.base_url, mock.token, max_rps=4, clock=time.clock, sleep=time.sleep) as gw,
    ):
        for _ in range(2):
            gw.create("openai_videos", {"model": "sora-2", "prompt": "a kite"})
        gw.get("jimeng", "t1")
        assert time.sleeps == pytest.approx([1 / 3, 0.25])  # the second create's turn; the get's slot


def test_without_max_rps_nothing_waits():
    time = FakeTime()
    with MockGateway() as mock, Gateway(mock.base_url, mock.token, clock=time.clock, sleep=time.sleep) as gw:
        for n in range(5):
            gw.get("jimeng", f"t{n}")
    assert time.sleeps == []


async def test_the_async_face_lets_a_poll_ahead_of_creates_asked_before_it():
    import asyncio

    from videotask._budget import AsyncBudget

    time = FakeTime()
    order = []

    async def sleep(seconds):
        time.sleeps.append(seconds)
        time.now += seconds
        await asyncio.sleep(0)

    face = AsyncBudget(Budget(10), time.clock, sleep)

    async def ask(name, lateness):
        await face.acquire(lateness)
        order.append(name)

    first = asyncio.ensure_future(ask("create-1", 2.0))  # a slot is free: at once
    await asyncio.sleep(0)
    waiting = [asyncio.ensure_future(ask(name, lateness)) for name, lateness in
               [("create-2", 2.0), ("create-3", 2.0), ("poll", 0.0)]]  # fmt: skip
    await asyncio.gather(first, *waiting)
    # the poll's deadline (0) is before the creates' (2): it takes the first slot that frees; slots 0.1 s apart
    assert order == ["create-1", "poll", "create-2", "create-3"]
    assert time.sleeps == pytest.approx([0.1, 0.1, 0.1])


async def test_a_create_waits_at_most_its_lateness_behind_later_polls():
    import asyncio

    from videotask._budget import AsyncBudget

    time = FakeTime()
    order = []

    async def sleep(seconds):
        time.now += seconds
        await asyncio.sleep(0)

    face = AsyncBudget(Budget(1), time.clock, sleep)  # a slot a second
    await face.acquire()  # the slot at 0

    async def ask(name, lateness, at):
        while time.now < at:
            await asyncio.sleep(0)
        await face.acquire(lateness)
        order.append(name)

    # a create asked at 0 (deadline 2), then a poll asked each second (deadlines 1, 2, 3, ...)
    tasks = [asyncio.ensure_future(ask("create", 2.0, 0.0))]
    tasks += [asyncio.ensure_future(ask(f"poll-{n}", 0.0, float(n))) for n in range(1, 5)]
    await asyncio.gather(*tasks)
    assert order.index("create") <= 2  # served by its deadline, before the polls asked after it
