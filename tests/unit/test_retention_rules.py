"""When data is due for deletion (DOMAIN.md §2), and when the daily job runs next."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from domain.retention import (
    Deleted,
    RetentionPolicy,
    audit_events,
    cutoffs,
    file_is_due,
    first_kept_school_year,
    next_run,
    years_before,
)
from domain.school_year import SchoolYear

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)


@pytest.mark.parametrize("left_on, due", [
    (None, False), (date(2024, 11, 22), True), (date(2024, 11, 23), False),
    (date(2025, 6, 1), False), (date(2019, 1, 1), True),
])
def test_a_file_is_due_two_years_after_leaving(left_on: date | None, due: bool) -> None:
    assert file_is_due(left_on, NOW, RetentionPolicy()) is due


@pytest.mark.parametrize("today, first_kept", [
    (date(2026, 11, 23), 2021),  # 2020-2021 ended 31-07-2021: more than 5 years ago
    (date(2026, 7, 31), 2020),   # exactly 5 years: kept one more day
    (date(2026, 8, 1), 2021),
    (date(2027, 1, 1), 2021),
])
def test_absence_data_is_kept_five_years_after_its_school_year(
    today: date, first_kept: int,
) -> None:
    assert first_kept_school_year(today, 5) == SchoolYear(first_kept)


def test_cutoffs_put_the_rules_together() -> None:
    found = cutoffs(NOW)
    assert (found.left_before, found.absence_before) == (date(2024, 11, 23), date(2021, 8, 1))
    assert found.seen_before == datetime(2026, 11, 16, 10, 0, tzinfo=AMSTERDAM)


def test_a_leap_day_becomes_the_28th() -> None:
    assert years_before(date(2028, 2, 29), 2) == date(2026, 2, 28)


@pytest.mark.parametrize("after, expected", [
    (datetime(2026, 11, 23, 1, 0), datetime(2026, 11, 23, 2, 0)),
    (datetime(2026, 11, 23, 2, 0), datetime(2026, 11, 24, 2, 0)),  # strictly after
    (datetime(2026, 11, 23, 10, 0), datetime(2026, 11, 24, 2, 0)),
    (datetime(2026, 3, 28, 23, 0), datetime(2026, 3, 29, 2, 0)),  # the night clocks jump
])
def test_the_job_runs_next_at_its_wall_clock_time(after: datetime, expected: datetime) -> None:
    found = next_run(after.replace(tzinfo=AMSTERDAM), time(2, 0))
    assert found == expected.replace(tzinfo=AMSTERDAM)


def test_one_audit_event_per_student_with_only_what_went() -> None:
    events = audit_events({"2": Deleted(tasks=2), "1": Deleted(forms=1), "3": Deleted()}, NOW)
    assert [(e.student_number, dict(e.detail)) for e in events] == [
        ("1", {"forms": 1}), ("2", {"tasks": 2})]
    assert {e.actor_id for e in events} == {"system:retention"}
