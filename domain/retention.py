"""Retention (DOMAIN.md §2): what is old enough to be deleted. Every date is passed in.

- A student's logbook forms (with revisions and attachments) go 2 years after the student
  left (StudentRow.left_on); until then an expired form is only hidden.
- Absence data goes per school year: 5 years after that school year ended (31 July). Absence
  counts, signals and tasks belong to a school year, so the school year is the one clock that
  fits them all, and it works for students who never left too. A registration (event) follows
  the school year its date falls in.
- Audit rows are kept: they say what was deleted, and when.
- Seen activity ids (replay protection) go after 7 days: Teams resends within minutes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta

from domain.audit import AuditAction, AuditEvent
from domain.school_year import SchoolYear

RETENTION_ACTOR = "system:retention"


@dataclass(frozen=True)
class RetentionPolicy:
    file_years_after_leaving: int = 2
    absence_years: int = 5
    seen_activity_days: int = 7


@dataclass(frozen=True)
class Cutoffs:
    left_before: date  # logbook forms of students who left before this day are due
    first_kept_year: SchoolYear  # absence data of earlier school years is due
    seen_before: datetime  # seen activity ids recorded before this moment are due

    @property
    def absence_before(self) -> date:
        """Absence registrations dated before this day belong to a due school year."""
        return self.first_kept_year.start


def cutoffs(now: datetime, policy: RetentionPolicy = RetentionPolicy()) -> Cutoffs:
    today = now.date()
    return Cutoffs(
        left_before=years_before(today, policy.file_years_after_leaving),
        first_kept_year=first_kept_school_year(today, policy.absence_years),
        seen_before=now - timedelta(days=policy.seen_activity_days),
    )


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def first_kept_school_year(today: date, years: int) -> SchoolYear:
    """The oldest school year whose end is at most `years` years ago."""
    year = SchoolYear.of(today)
    while years_before(today, years) <= year.next(-1).end:
        year = year.next(-1)
    return year


def file_is_due(left_on: date | None, now: datetime, policy: RetentionPolicy) -> bool:
    return left_on is not None and left_on < cutoffs(now, policy).left_before


@dataclass(frozen=True)
class Deleted:
    """What retention deleted (or would delete) for one student."""

    forms: int = 0
    revisions: int = 0
    attachments: int = 0
    absence_events: int = 0
    absence_states: int = 0
    signals: int = 0
    tasks: int = 0

    def __add__(self, other: Deleted) -> Deleted:
        return Deleted(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def anything(self) -> bool:
        return any(self.as_dict().values())


def total(per_student: Mapping[str, Deleted]) -> Deleted:
    return sum(per_student.values(), Deleted())


def audit_events(per_student: Mapping[str, Deleted], at: datetime) -> list[AuditEvent]:
    """One RETENTION_DELETE row per student: the counts, never the content."""
    return [
        AuditEvent(at, RETENTION_ACTOR, AuditAction.RETENTION_DELETE, number,
                   {kind: count for kind, count in deleted.as_dict().items() if count})
        for number, deleted in sorted(per_student.items()) if deleted.anything
    ]


def next_run(after: datetime, at: time) -> datetime:
    """The first moment strictly after `after` at wall-clock time `at` (in after's zone)."""
    candidate = datetime.combine(after.date(), at, tzinfo=after.tzinfo)
    if candidate <= after:
        candidate = datetime.combine(after.date() + timedelta(days=1), at, tzinfo=after.tzinfo)
    return candidate
