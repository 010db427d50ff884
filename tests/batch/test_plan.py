"""Poll plans: none before the family's shortest time, then toward the expected end, then a steady tail.
Expected delays worked out by hand from videotask/_plan.py's rules."""

from __future__ import annotations

import pytest

from videotask._plan import Durations, PollPlan, durations


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
