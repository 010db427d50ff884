"""Poll plans: none before the family's shortest time, then toward the expected end, then a steady tail.
Expected delays worked out by hand from videotask/_plan.py's rules."""

from __future__ import annotations

import pytest

from videotask._http import Reply, poll_hint
from videotask._plan import Durations, Poller, PollPlan, durations


def test_no_poll_before_the_shortest_time():
    plan = PollPlan(Durations(10, 60, 300), started=0.0)
    assert plan.delay(0.0) == 10.0
    assert plan.delay(4.0) == 6.0


def test_without_progress_half_the_way_to_the_typical_end():
    plan = PollPlan(Durations(10, 60, 300), started=0.0)
    assert plan.delay(10.0) == 25.0  # (60 - 10) / 2
    assert plan.delay(50.0) == 5.0  # (60 - 50) / 2; the tail is 4 s
    assert plan.delay(100.0) == 8.0  # past it: 8% of the 100 s run so far


def test_with_a_progress_rate_just_after_the_end_it_predicts():
    plan = PollPlan(Durations(10, 60, 300), started=0.0)
    plan.seen(35.0, 0.5)  # half done in 35 s (from its create, queued time included): ends at 70 at the latest
    assert plan.delay(35.0) == pytest.approx(17.5)  # half of the 35 s left
    plan.seen(52.5, 0.8)  # 0.3 more in 17.5 s: the 0.2 left takes 11.67 s
    assert plan.end() == (pytest.approx(52.5 + 35 / 3), 1.0)
    assert plan.delay(52.5) == pytest.approx(35 / 3 + 0.5)  # the end, plus half a second
    assert plan.delay(63.0) == pytest.approx(1.1667 + 0.5, abs=1e-3)
    assert plan.delay(70.0) == pytest.approx(5.6)  # past the predicted end: the tail, 8% of 70 s


def test_a_measured_end_far_away_is_checked_again_half_way():
    plan = PollPlan(Durations(10, 60, 300), started=0.0)
    plan.seen(10.0, 0.1)
    plan.seen(12.0, 0.11)  # 0.01 in 2 s: 178 s to go by that rate
    assert plan.delay(12.0) == 6.0  # at most half of the 12 s run so far


def test_progress_that_stalls_or_falls_changes_nothing():
    plan = PollPlan(Durations(10, 60, 300), started=0.0)
    plan.seen(20.0, 0.4)
    plan.seen(30.0, 0.4)
    plan.seen(40.0, 0.2)
    assert plan.end() == (pytest.approx(50.0), 0.5)  # still 0.4 in 20 s from its create


def test_a_task_of_unknown_age_counts_from_its_first_poll():
    plan = PollPlan(Durations(10, 60, 300), started=0.0, known=False)
    assert plan.delay(0.0) == 30.0  # no shortest wait (it may be old): half of the typical 60 s
    plan.seen(0.0, 0.5)  # half done: the other half at the typical pace takes 30 s
    assert plan.end() == (30.0, 0.5)
    assert plan.delay(0.0) == 15.0
    plan.seen(10.0, 0.75)  # 0.25 in 10 s: the 0.25 left takes 10 s more
    assert plan.end() == (20.0, 1.0)
    assert plan.delay(10.0) == 5.0  # at most half of the 10 s it has been watched


def test_the_poller_adds_the_interval_the_hint_and_the_deadline():
    def poller(interval=None):
        return Poller(PollPlan(Durations(10, 60, 300), started=0.0), deadline=100.0, interval=interval)

    assert poller().next(0.0, None) == 10.0  # the plan: the shortest time
    assert poller().next(0.0, None, hint=15.0) == 15.0  # no sooner than the server asks
    assert poller().next(0.0, None, hint=5.0) == 10.0  # ... which never hurries the plan
    assert poller().next(0.0, None, hint=900.0) == 60.0  # a hint over a minute counts as one
    assert poller(interval=3).next(0.0, None, hint=15.0) == 3  # a fixed interval wins
    assert poller().next(95.0, None) == 5.0  # the tail would be 7.6 s: the deadline is sooner
    assert poller().next(100.0, None) is None  # the deadline has passed: no more polls
    measured = poller()
    measured.next(20.0, 0.2)
    measured.next(30.0, 0.4)  # what each poll said reaches the plan: 0.2 in 10 s, so the end is at 60
    assert measured.plan.end() == (60.0, 1.0)


def test_a_poll_after_header_comes_before_retry_after():
    def hint(headers: dict[str, str]) -> float | None:
        return poll_hint(Reply(200, headers, b"{}", "GET", "/v1/videos/t1"))

    assert hint({"openai-poll-after-ms": "2500", "retry-after": "9"}) == 2.5
    assert hint({"openai-poll-after-ms": "soon", "retry-after": "9"}) == 9.0
    assert hint({}) is None


def test_a_tail_never_faster_than_once_a_second_and_no_gap_over_five_minutes():
    assert PollPlan(Durations(0, 0, 1), started=0.0).delay(2.0) == 1.0
    assert PollPlan(Durations(10, 10_000, 20_000), started=0.0).delay(10.0) == 300.0


def test_durations_are_data():
    assert durations("openai_videos") == Durations(30, 120, 900)  # specs/timing/durations.yaml
    assert durations("no-such-family") == Durations(20, 90, 600)  # its default row
    table = {"x": {"shortest": 1, "typical": 2, "longest": 3}}
    assert durations("x", table) == Durations(1, 2, 3)


def test_durations_must_be_ordered():
    with pytest.raises(ValueError, match="shortest <= typical"):
        Durations(5, 2, 10)
