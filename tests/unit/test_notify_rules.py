"""The delivery rules as tables: school hours, retries, rate limits, reminders, recipients."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.notify.outbox import RetryPolicy
from domain.notify.quiet_hours import SchoolHours, parse_school_hours
from domain.notify.rate_limits import TEAMS_LIMITS, minimum_seconds
from domain.notify.recipients import recipients_among
from domain.notify.reminders import Nudge, nudge_due
from domain.roles import Role
from domain.school import Staff, Student

AMS = ZoneInfo("Europe/Amsterdam")
HOURS = SchoolHours()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=AMS)  # 23 November 2026 is a Monday


@pytest.mark.parametrize(("moment", "opening"), [
    (at(23, 10), at(23, 10)),  # open: now
    (at(23, 7, 29), at(23, 7, 30)),  # before opening: this morning
    (at(23, 17, 30), at(24, 7, 30)),  # at closing: tomorrow
    (at(27, 18), at(30, 7, 30)),  # Friday evening: Monday
    (at(28, 12), at(30, 7, 30)),  # Saturday: Monday
])
def test_outside_school_hours_a_prompt_waits_for_the_next_opening(
    moment: datetime, opening: datetime
) -> None:
    assert HOURS.next_opening(moment) == opening


def test_quiet_hours_off_sends_at_once() -> None:
    assert parse_school_hours("off").next_opening(at(28, 23)) == at(28, 23)


@pytest.mark.parametrize(("text", "hours"), [
    ("", SchoolHours()),
    ("08:00-16:00", SchoolHours(time(8), time(16))),
    ("08:00-16:00 ma-do", SchoolHours(time(8), time(16), frozenset(range(4)))),
    ("07:30-17:30 ma,wo,vr", SchoolHours(weekdays=frozenset({0, 2, 4}))),
])
def test_school_hours_are_read_from_the_setting(text: str, hours: SchoolHours) -> None:
    assert parse_school_hours(text) == hours


@pytest.mark.parametrize("text", ["7-17", "17:30-07:30", "08:00-16:00 maandag"])
def test_unreadable_school_hours_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_school_hours(text)


@pytest.mark.parametrize(("attempts", "jitter", "retry_after", "seconds"), [
    (1, 0.0, None, 0.5),  # half the first delay at least ...
    (1, 1.0, None, 1.0),  # ... the whole of it at most
    (3, 1.0, None, 4.0),  # doubling per attempt
    (2, 0.0, 30.0, 30.0),  # Teams' Retry-After is a floor
    (7, 1.0, None, 64.0),
])
def test_retries_back_off_exponentially_with_jitter(
    attempts: int, jitter: float, retry_after: float | None, seconds: float
) -> None:
    again = RetryPolicy().next_attempt(attempts, at(23, 10), retry_after, lambda: jitter)
    assert again == at(23, 10) + timedelta(seconds=seconds)


def test_after_the_last_attempt_a_message_is_given_up() -> None:
    assert RetryPolicy(max_attempts=3).next_attempt(3, at(23, 10), None, lambda: 0.5) is None


@pytest.mark.parametrize(("messages", "conversations", "seconds"), [
    (30, None, 0.0),  # one window's worth goes at once
    (1000, None, 33.0),  # the tenant's 30 a second decides
    (61, 1, 30.0),  # one chat: 60 per 30 seconds decides
])
def test_the_least_time_the_limits_allow(messages: int, conversations: int | None,
                                         seconds: float) -> None:
    assert minimum_seconds(messages, TEAMS_LIMITS, conversations) == seconds


@pytest.mark.parametrize(("today", "reminded_on", "noticed", "nudge"), [
    (date(2026, 11, 28), None, False, None),  # due today: nothing yet
    (date(2026, 11, 29), None, False, Nudge.REMINDER),
    (date(2026, 11, 29), date(2026, 11, 29), False, None),  # one reminder a day, once
    (date(2026, 11, 30), date(2026, 11, 29), False, Nudge.NOTICE),
    (date(2026, 12, 1), date(2026, 11, 29), True, None),  # the notice went out already
])
def test_an_overdue_action_is_reminded_once_then_noticed_once(
    today: date, reminded_on: date | None, noticed: bool, nudge: Nudge | None
) -> None:
    assert nudge_due(date(2026, 11, 28), today, reminded_on, noticed) is nudge


def staff(staff_id: str, roles: set[Role], location: str = "noord") -> Staff:
    return Staff(staff_id, staff_id, f"{staff_id}@school.test", frozenset(roles), location)


def test_roles_reach_the_mentors_and_the_location_staff_holding_them() -> None:
    student = Student("1", "Jan", "de Vries", "2A", "noord", mentors=frozenset({"m1"}))
    candidates = [staff("m1", {Role.MENTOR, Role.DOCENT}), staff("m2", {Role.MENTOR}),
                  staff("vc", {Role.VERZUIMCOORDINATOR}),
                  staff("vc-zuid", {Role.VERZUIMCOORDINATOR}, "zuid"),
                  staff("tl", {Role.TEAMLEIDER}), staff("iot", {Role.IOT})]
    found = recipients_among({Role.MENTOR, Role.VERZUIMCOORDINATOR, Role.IOT}, student,
                             candidates)
    assert [(r.staff.id, r.roles) for r in found] == [
        ("iot", {Role.IOT}), ("m1", {Role.MENTOR}), ("vc", {Role.VERZUIMCOORDINATOR})]
