"""The demo school's absence registrations for this school year, up to today.

Three of the demo mentor's students cross thresholds of the protocol (Jan de Vries: late
six times, sick five school days in a row, sent out of class three times, one truancy
hour; a classmate late three times; another sent out three times); about a quarter of the
other students have a late arrival or a short sick report, below every threshold.

They go in through the real ingest use case and the real fan-out, as registrations from
the school's administration would: the engine makes the signals, tasks and logbook forms,
the fan-out the outbox rows. Only the moment of delivery is the demo's own: its prompts
are due at once (as in school hours), so that the demo shows them whatever the time;
registrations that arrive later follow LVS_QUIET_HOURS like any other.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import cast

from sqlalchemy.ext.asyncio import AsyncEngine

from domain.absence.calendar import SchoolCalendar
from domain.absence.ingest import MAX_BATCH, ingest_absences
from domain.absence.ports import AbsenceUnitOfWork
from domain.absence.protocol import Protocol
from domain.notify.fanout import announce_signals
from domain.notify.ports import NotifyUnitOfWork
from domain.notify.quiet_hours import SchoolHours
from domain.school import Student
from domain.school_year import SchoolYear
from storage.database import session_factory
from storage.demo.accounts import DEMO_MENTOR, JAN_NUMBER
from storage.uow import SqlUnitOfWork

Item = dict[str, object]
BACKGROUND_SHARE = 0.25
SCHOOL_STARTS_AFTER = timedelta(days=21)  # the summer holiday ends in the second half of August


def absence_registrations(students: Sequence[Student], seed: int, today: date,
                          calendar: SchoolCalendar) -> list[Item]:
    """The registrations, oldest first (as an administration sends them over a year)."""
    rng = random.Random(seed)
    days = school_days_until(today, calendar)
    mentees = sorted(s.number for s in students if DEMO_MENTOR.id in s.mentors)
    classmates = [number for number in mentees if number != JAN_NUMBER]
    items = [*_spread(JAN_NUMBER, "late", 6, days), *_spread(JAN_NUMBER, "removed", 3, days),
             *_sick(JAN_NUMBER, days, 5, "jan"),
             *_spread(JAN_NUMBER, "truancy", 1, days[len(days) // 3:])]
    if len(classmates) >= 2:
        items += [*_spread(classmates[0], "late", 3, days),
                  *_spread(classmates[1], "removed", 3, days)]
    featured = {JAN_NUMBER, *classmates[:2]}
    for student in students:
        if student.number not in featured and rng.random() < BACKGROUND_SHARE:
            items += _background(rng, student.number, days)
    return sorted(items, key=lambda item: (str(item["date"]), str(item["id"])))


async def load_absences(engine: AsyncEngine, items: Sequence[Item], protocol: Protocol,
                        now: datetime) -> tuple[int, int]:
    """Ingest the registrations, then enqueue the prompts of their signals at once.
    Returns (signals fired, prompts enqueued)."""
    sessions = session_factory(engine)
    uow = cast(AbsenceUnitOfWork, SqlUnitOfWork(sessions))  # it has what ingest needs
    signals = 0
    for start in range(0, len(items), MAX_BATCH):
        result = await ingest_absences(items[start:start + MAX_BATCH], uow, protocol,
                                       now=now, today=now.date())
        if result.rejected:
            raise ValueError(f"demo registration refused: {result.rejected[0].error}")
        signals += len(result.signals)
    if not signals:
        return 0, 0
    notify_uow = cast(NotifyUnitOfWork, SqlUnitOfWork(sessions))
    return signals, await announce_signals(notify_uow, SchoolHours(enabled=False), now,
                                           limit=signals)


def school_days_until(today: date, calendar: SchoolCalendar) -> list[date]:
    """School days of this school year from the end of the summer holiday up to today."""
    year = SchoolYear.of(today)
    first = year.start + SCHOOL_STARTS_AFTER if year.start + SCHOOL_STARTS_AFTER < today \
        else year.start
    days = [first + timedelta(days=n) for n in range((today - first).days + 1)]
    return [day for day in days if calendar.is_school_day(day)] or [today]


def _item(number: str, kind: str, day: date, tag: str, **more: object) -> Item:
    return {"id": f"demo-{number}-{kind}-{tag}", "student_number": number, "kind": kind,
            "date": day.isoformat(), **more}


def _spread(number: str, kind: str, count: int, days: list[date]) -> list[Item]:
    """`count` registrations on days spread evenly over `days` (the last one most recent)."""
    step = max(1, len(days) // (count + 1))
    chosen = [days[min(len(days) - 1, step * (n + 1))] for n in range(count)]
    return [_item(number, kind, day, str(n), **({"hours": 1} if kind == "truancy" else {}))
            for n, day in enumerate(chosen)]


def _sick(number: str, days: list[date], length: int, tag: str) -> list[Item]:
    """A sick report of `length` school days, ended by `recovered` when today allows."""
    first = max(0, len(days) * 2 // 3 - length)
    items = [_item(number, "sick", days[first], tag)]
    if first + length < len(days):
        items.append(_item(number, "recovered", days[first + length], tag))
    return items


def _background(rng: random.Random, number: str, days: list[date]) -> list[Item]:
    if rng.random() < 0.7:
        return [_item(number, "late", day, str(n))
                for n, day in enumerate(sorted(set(rng.choices(days, k=rng.randint(1, 2)))))]
    start = rng.randrange(len(days))
    if start + 2 >= len(days):
        return []
    return _sick(number, days[start:start + 3], 2, "bg")
