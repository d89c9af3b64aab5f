"""The protocol's revised decisions (DOMAIN.md §3): sick episodes and hours, merged signals,
the steps that were missing, the new manual signals, and which signals leave a form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from importlib import resources

import pytest

from domain.absence.engine import evaluate_day
from domain.absence.loader import parse_protocol
from domain.absence.manual import ManualTopic, manual_signal
from domain.absence.protocol import RuleId
from domain.absence.record import record_signals
from domain.absence.signals import Signal, TaskBlocked, mark_done
from domain.logbook import Entry
from domain.roles import Role
from domain.school import Staff, Student
from tests.unit.absence_helpers import PROTOCOL, ev, in_batches, many, run

MONDAY = date(2026, 9, 7)
R = Role


def reasons(signals: Sequence[Signal]) -> list[tuple[str, int]]:
    return [(rule.value, at) for signal in signals for rule, at in signal.reasons]


def test_sick_days_fire_for_each_episode_of_5_school_days() -> None:
    october, january = date(2026, 10, 5), date(2027, 1, 11)
    signals = in_batches([[ev("sick", october), ev("recovered", date(2026, 10, 12))],
                          [ev("sick", january), ev("recovered", date(2027, 1, 18))]])
    episodes = [s for s in signals if s.rule == "sick_days"]
    assert [(s.trigger_date, s.window_key) for s in episodes] == [
        (date(2026, 10, 12), "2026-10-05"), (date(2027, 1, 18), "2027-01-11")]


@pytest.mark.parametrize(("episodes", "hours"), [
    ([(date(2026, 9, 7), 1.0, date(2026, 9, 8))], 1),  # sent home after one hour
    ([(date(2026, 9, 7), None, date(2026, 9, 8))], 7),  # no hours given: a school day
    ([(date(2026, 9, 7), 3.0, date(2026, 9, 10))], 3 + 7 + 7),  # first day 3, then days
    ([(date(2026, 9, 7), 2.0, date(2026, 9, 8)), (date(2026, 9, 14), None, date(2026, 9, 16))],
     2 + 14),
])
def test_sick_hours_count_the_hours_the_registration_gives(
    episodes: list[tuple[date, float | None, date]], hours: int
) -> None:
    events = [e for start, given, end in episodes
              for e in (ev("sick", start, hours=given), ev("recovered", end))]
    below = replace(PROTOCOL, rules={**PROTOCOL.rules, RuleId.SICK_HOURS: replace(
        PROTOCOL.rules[RuleId.SICK_HOURS], thresholds=(replace(
            PROTOCOL.rules[RuleId.SICK_HOURS].thresholds[0], at=hours - 0.5),))})
    exact = replace(below, rules={**below.rules, RuleId.SICK_HOURS: replace(
        below.rules[RuleId.SICK_HOURS], thresholds=(replace(
            below.rules[RuleId.SICK_HOURS].thresholds[0], at=hours),))})
    assert ("sick_hours", int(hours - 0.5)) in reasons(run(events, protocol=below)[1])
    assert not [s for s in run(events, protocol=exact)[1] if s.rule == "sick_hours"]


def test_sick_hours_of_an_open_report_count_its_first_days_hours() -> None:
    state, _ = run([ev("sick", MONDAY, hours=1)], today=MONDAY)
    short = replace(PROTOCOL, rules={**PROTOCOL.rules, RuleId.SICK_HOURS: replace(
        PROTOCOL.rules[RuleId.SICK_HOURS], thresholds=(replace(
            PROTOCOL.rules[RuleId.SICK_HOURS].thresholds[0], at=7.5),))})
    _, monday = evaluate_day(state, MONDAY, short.calendar, short)
    assert not [s for s in monday if s.rule == "sick_hours"]  # 1 hour, not 7
    _, tuesday = evaluate_day(state, date(2026, 9, 8), short.calendar, short)
    assert [s for s in tuesday if s.rule == "sick_hours"]  # 1 + 7 = 8


def test_sick_reports_and_sick_pattern_on_one_day_make_one_signal_naming_both() -> None:
    mondays = [date(2026, 9, 7), date(2026, 9, 14), date(2026, 9, 21)]
    events = [e for day in mondays for e in (ev("sick", day), ev("recovered", day.replace(
        day=day.day + 1)))]
    _, signals = run(events)
    (signal,) = [s for s in signals if s.rule in ("sick_reports", "sick_pattern")]
    assert set(signal.reasons) == {("sick_reports", 3), ("sick_pattern", 3)}
    assert len({t.action for t in signal.tasks}) == len(signal.tasks)


def steps_of(rule: str, at: int | str) -> list[tuple[Role, str]]:
    found = PROTOCOL.rules[RuleId(rule)]
    threshold = next(t for t in found.thresholds if at in (t.at, t.topic))
    return [(step.role, step.action) for step in threshold.steps]


@pytest.mark.parametrize(("rule", "at", "role", "says"), [
    ("late", 6, R.MENTOR, "preventieve spreekuur van de leerplichtambtenaar"),
    ("late", 10, R.MENTOR, "Licht de ouders in over de DUO-melding"),
    ("late", 10, R.COORDINATOR_LEERLINGZAKEN, "Licht de ouders in over de DUO-melding"),
    ("truancy", 7, R.COORDINATOR_LEERLINGZAKEN, "aanmelding bij de leerplichtambtenaar"),
    ("truancy", 7, R.IOT, "aanmelding bij de leerplichtambtenaar"),
    ("truancy_days", 3, R.IOT, "aanmelding bij de leerplichtambtenaar"),
    ("manual", "ziektebeeld onduidelijk", R.COORDINATOR_LEERLINGZAKEN, "Overlegt"),
    ("manual", "ziektebeeld onduidelijk", R.IOT, "Overlegt"),
])
def test_the_steps_that_were_missing_are_there(
    rule: str, at: int | str, role: Role, says: str
) -> None:
    assert any(r is role and says in action for r, action in steps_of(rule, at))


def test_either_the_mentor_or_the_coordinator_tells_the_parents_at_10_late() -> None:
    (signal,) = [s for s in run(many("late", 10))[1] if s.threshold == 10]
    tasks = signal.tasks
    parents = [i for i, t in enumerate(tasks) if t.key == "ouders_ingelicht"]
    invite = next(i for i, t in enumerate(tasks) if t.requires == "ouders_ingelicht")
    assert [tasks[i].role for i in parents] == [R.MENTOR, R.COORDINATOR_LEERLINGZAKEN]
    at = datetime(2026, 10, 1, tzinfo=UTC)
    done = mark_done(tasks, parents[1], "cl1", at)  # the coordinator did it
    assert mark_done(done, invite, "vc1", at)[invite].done_by == "vc1"


STUDENT = Student("100", "Jan", "de Vries", "2A", "noord", mentors=frozenset({"m1"}))
MENTOR = Staff("m1", "M", "m@school.nl", frozenset({R.MENTOR}), "noord")
IOT = Staff("i1", "I", "i@school.nl", frozenset({R.IOT}), "noord")
VC = Staff("v1", "V", "v@school.nl", frozenset({R.VERZUIMCOORDINATOR}), "noord")


@pytest.mark.parametrize(("raiser", "topic", "first_role", "notified"), [
    (MENTOR, ManualTopic.CONCERNS, R.MENTOR, {R.MENTOR, R.COORDINATOR_LEERLINGZAKEN}),
    (VC, ManualTopic.MUCH_UNAUTHORIZED, R.VERZUIMCOORDINATOR, {R.VERZUIMCOORDINATOR, R.MENTOR}),
    (IOT, ManualTopic.COMBINATION, R.VERZUIMCOORDINATOR, {R.VERZUIMCOORDINATOR, R.MENTOR}),
])
def test_the_new_manual_signals_and_who_they_reach(
    raiser: Staff, topic: ManualTopic, first_role: Role, notified: set[Role]
) -> None:
    signal = manual_signal(raiser, STUDENT, topic, PROTOCOL, MONDAY)
    assert signal.tasks[0].role is first_role and signal.recipients == notified


def test_a_combination_invitation_waits_until_the_parents_were_told_personally() -> None:
    tasks = manual_signal(VC, STUDENT, ManualTopic.COMBINATION, PROTOCOL, MONDAY).tasks
    parents = next(i for i, t in enumerate(tasks) if t.key == "ouders_persoonlijk")
    invite = next(i for i, t in enumerate(tasks) if t.requires == "ouders_persoonlijk")
    assert parents < invite
    with pytest.raises(TaskBlocked):
        mark_done(tasks, invite, "v1", datetime(2026, 9, 8, tzinfo=UTC))


class _Recorder:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.audited: list[object] = []

    async def add_many(self, entries: Sequence[Entry]) -> None:
        self.entries += entries

    async def record_many(self, events: Sequence[object]) -> None:
        self.audited += events


class _Uow:
    def __init__(self) -> None:
        self.entries = self.audit = _Recorder()


@pytest.mark.parametrize(("events", "rule", "form"), [
    (many("late", 3), "late", False),
    (many("late", 9), "late", True),  # the LPA registration
    (many("truancy", 1), "truancy", False),
    ([ev("truancy", MONDAY, hours=7)], "truancy", True),
    ([ev("truancy", MONDAY, hours=16)], "duo_16_hours", True),
    ([ev("unauthorized_leave", MONDAY)], "unauthorized_leave", True),
    ([e for d in (7, 15, 23) for e in (ev("sick", date(2026, 9, d)),
                                       ev("recovered", date(2026, 9, d + 1)))],
     "sick_reports", False),
])
async def test_a_verantwoordingsformulier_only_for_signals_with_an_lpa_or_duo_step(
    events: list[object], rule: str, form: bool
) -> None:
    signals = [s for s in run(events)[1] if s.rule == rule][-1:]  # type: ignore[arg-type]
    uow = _Uow()
    await record_signals(uow, signals, datetime(2026, 9, 7, tzinfo=UTC))  # type: ignore[arg-type]
    assert bool(uow.entries.entries) is form
    assert len(uow.audit.audited) == 1  # every signal is audited


def test_the_dutch_law_applies_only_to_a_dutch_protocol() -> None:
    shipped = resources.files("domain.absence.protocols").joinpath("default.toml").read_text()
    flemish = parse_protocol(shipped.replace('jurisdiction = "nl"', 'jurisdiction = "be"'))
    dutch = parse_protocol(shipped.replace('jurisdiction = "nl"\n', ""))
    assert dutch.jurisdiction == "nl" and RuleId.DUO_16_HOURS in dutch.rules
    assert not {RuleId.DUO_16_HOURS, RuleId.UNAUTHORIZED_LEAVE,
                RuleId.LONG_ABSENCE} & set(flemish.rules)
    events = [ev("truancy", MONDAY, hours=16), ev("unauthorized_leave", date(2026, 9, 9))]
    law = {"duo_16_hours", "unauthorized_leave", "long_absence"}
    assert [s.rule.value for s in run(events, protocol=dutch)[1] if s.rule in law] == [
        "duo_16_hours", "unauthorized_leave"]
    assert not [s for s in run(events, protocol=flemish)[1] if s.rule in law]
