"""Late, removed and truancy: school-year counts with single, repeated and combined thresholds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.absence.signals import TaskBlocked, TaskStatus, mark_done
from domain.roles import Role
from domain.school_year import SchoolYear
from tests.unit.absence_helpers import ev, fired, in_batches, many, run

VC, MENTOR = Role.VERZUIMCOORDINATOR, Role.MENTOR


@pytest.mark.parametrize(("lates", "expected"), [
    (2, []),
    (3, [3]),
    (9, [3, 6, 9]),
    (10, [3, 6, 9, 10]),
    (12, [3, 6, 9, 10, 11, 12]),
])
def test_late_fires_at_3_6_9_10_and_every_one_after(lates: int, expected: list[int]) -> None:
    _, signals = run(many("late", lates))
    assert fired(signals) == [("late", n) for n in expected]


def test_late_after_10_notifies_the_coordinator_only() -> None:
    _, signals = run(many("late", 11))
    assert signals[-1].recipients == {VC}
    assert signals[1].recipients == {VC, MENTOR}  # 6: coordinator leerlingzaken if concerns


def test_heightened_protocol_adds_the_mentor_to_every_signal() -> None:
    _, signals = run(many("late", 11), heightened=True)
    assert all(MENTOR in signal.recipients for signal in signals)


def test_each_threshold_fires_once_when_events_arrive_one_by_one() -> None:
    signals = in_batches([[event] for event in many("late", 10)])
    assert fired(signals) == [("late", 3), ("late", 6), ("late", 9), ("late", 10)]


def test_out_of_order_events_fire_the_same_thresholds_once() -> None:
    days = [date(2026, 9, d) for d in (30, 29, 28, 8, 7, 4)]
    signals = in_batches([[ev("late", day)] for day in days])
    assert fired(signals) == [("late", 3), ("late", 6)]
    assert signals[0].trigger_date == date(2026, 9, 28)


def test_the_school_year_starts_on_1_august() -> None:
    assert SchoolYear.of(date(2027, 7, 31)) == SchoolYear(2026)
    assert SchoolYear.of(date(2027, 8, 1)) == SchoolYear(2027)
    with pytest.raises(ValueError):
        run([ev("late", date(2027, 8, 1))])  # belongs to the next year's state


@pytest.mark.parametrize(("hours_per_day", "expected"), [
    ([3], [(3, [1, 2, 3])]),
    ([8], [(8, [1, 2, 3, 4, 5, 6, 7, 8])]),  # 8 hours in one registration: one signal
    ([3, 3], [(3, [1, 2, 3]), (6, [4, 5, 6])]),
    ([0.5, 0.5, 2], [(1, [1]), (3, [2, 3])]),
])
def test_per_hour_truancy_makes_one_signal_per_day_naming_that_days_hours(
    hours_per_day: list[float], expected: list[tuple[int, list[int]]]
) -> None:
    signals = in_batches([[ev("truancy", date(2026, 9, 7 + i), hours=h)]
                          for i, h in enumerate(hours_per_day)])
    truancy = [s for s in signals if s.rule == "truancy"]
    assert [(s.threshold, [at for rule, at in s.reasons if rule == "truancy"])
            for s in truancy] == expected


def test_a_later_batch_on_the_same_day_adds_no_second_per_hour_signal() -> None:
    day = date(2026, 9, 7)
    signals = in_batches([[ev("truancy", day)], [ev("truancy", day)],
                          [ev("truancy", day, hours=3)]])
    assert [(s.rule.value, s.threshold) for s in signals] == [("truancy", 1), ("truancy", 5)]


def test_the_7th_hour_adds_the_lpa_and_duo_steps_and_notifies_coordinator_and_iot() -> None:
    _, signals = run([ev("truancy", date(2026, 9, 7), hours=7)])
    (signal,) = signals
    assert len(signal.tasks) == 4 + 1 + 6  # every hour, the 5th/6th's concern, the 7th's
    assert {Role.COORDINATOR_LEERLINGZAKEN, Role.IOT} <= signal.recipients
    assert signal.reports == {"lpa", "duo"}


@pytest.mark.parametrize(("days", "hours", "whole_day", "fires"), [
    ([date(2026, 9, 7), date(2026, 9, 8), date(2026, 9, 9)], 1, False, False),  # single hours
    ([date(2026, 9, 7), date(2026, 9, 8), date(2026, 9, 9)], None, True, True),
    ([date(2026, 9, 7), date(2026, 9, 8), date(2026, 9, 9)], 5, False, True),  # 5 hours a day
    ([date(2026, 9, 7), date(2026, 9, 8), date(2026, 9, 9)], 4, False, False),
    ([date(2026, 9, 10), date(2026, 9, 11), date(2026, 9, 14)], None, True, True),  # weekend
    ([date(2026, 9, 7), date(2026, 9, 9), date(2026, 9, 10)], None, True, False),
    ([date(2026, 9, 9), date(2026, 9, 7), date(2026, 9, 8)], None, True, True),  # any order
])
def test_truancy_days_are_3_consecutive_school_days_truanted_whole(
    days: list[date], hours: float | None, whole_day: bool, fires: bool
) -> None:
    signals = in_batches([[replace(ev("truancy", day, hours=hours), whole_day=whole_day)]
                          for day in days])
    reasons = {reason for signal in signals for reason in signal.reasons}
    assert (("truancy_days", 3) in reasons) is fires


def test_the_7th_hour_and_3_days_on_the_same_day_make_one_signal_naming_both() -> None:
    days = [date(2026, 9, 7), date(2026, 9, 8)]
    state, _ = run([replace(ev("truancy", day, hours=3), whole_day=True) for day in days])
    _, signals = run([replace(ev("truancy", date(2026, 9, 9), hours=1), whole_day=True)],
                     state=state)
    (signal,) = signals
    assert set(signal.reasons) == {("truancy", 7), ("truancy_days", 3)}
    actions = [task.action for task in signal.tasks]
    assert len(actions) == len(set(actions))  # nobody gets the same task twice


@pytest.mark.parametrize(("removed", "late", "truancy", "expected"), [
    (9, 0, 0, [3, 6, 7]),
    (9, 8, 0, [3, 6, 7]),
    (9, 9, 0, [3, 6, 7, 9]),
    (9, 0, 5, [3, 6, 7, 9]),
    (12, 0, 0, [3, 6, 7]),
    (12, 1, 0, [3, 6, 7, 12]),
    (12, 0, 5, [3, 6, 7, 12, 9]),  # the 1st truancy hour completes 12, the 5th completes 9
])
def test_removed_combined_thresholds(
    removed: int, late: int, truancy: int, expected: list[int]
) -> None:
    events = many("removed", removed) + many("late", late) + many("truancy", truancy)
    _, signals = run(events)
    assert [s.threshold for s in signals if s.rule == "removed"] == expected


def test_a_combined_threshold_fires_when_its_last_condition_becomes_true() -> None:
    state, first = run(many("removed", 9) + many("late", 8))
    _, then = run(many("late", 1), state=state)
    assert fired(then) == [("late", 9), ("removed", 9)]
    assert ("removed", 9) not in fired(first)


def test_parents_are_told_before_the_lpa_invitation_can_be_done() -> None:
    _, signals = run(many("removed", 9) + many("truancy", 5))
    tasks = next(s for s in signals if s.rule == "removed" and s.threshold == 9).tasks
    invitation = next(i for i, t in enumerate(tasks) if t.requires == "ouders_ingelicht")
    parents = next(i for i, t in enumerate(tasks) if t.key == "ouders_ingelicht")
    at = date(2026, 10, 1)
    with pytest.raises(TaskBlocked):
        mark_done(tasks, invitation, "vc1", at)  # type: ignore[arg-type]
    tasks = mark_done(tasks, parents, "m1", at)  # type: ignore[arg-type]
    done = mark_done(tasks, invitation, "vc1", at)  # type: ignore[arg-type]
    assert done[invitation].status is TaskStatus.DONE and done[invitation].done_by == "vc1"


def test_deadlines_count_from_the_step_before() -> None:
    _, signals = run(many("truancy", 1), today=date(2026, 9, 14))
    assert [t.due_on.day for t in signals[0].tasks] == [14, 17, 19, 21]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["late", "removed", "truancy"]), max_size=40),
       st.randoms(use_true_random=False), st.integers(1, 6))
def test_any_order_and_batching_fires_each_threshold_once(
    kinds: list[str], random: object, batch: int
) -> None:
    """Truancy: one per-hour signal per day whichever batch brings the day's hours."""
    events = [ev(kind, date(2026, 9, 1 + i % 28)) for i, kind in enumerate(kinds)]
    _, at_once = run(events)
    shuffled = list(events)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    batches = [shuffled[i:i + batch] for i in range(0, len(shuffled), batch)]
    in_parts = in_batches(batches)
    counted = [s for s in in_parts if s.rule != "truancy"]
    assert sorted(fired(counted)) == sorted(fired(s for s in at_once if s.rule != "truancy"))
    assert len(set(fired(counted))) == len(fired(counted))
    truancy_days = [s.trigger_date for s in in_parts if s.rule == "truancy"]
    assert sorted(truancy_days) == sorted(s.trigger_date for s in at_once if s.rule == "truancy")
    assert len(set(truancy_days)) == len(truancy_days)
