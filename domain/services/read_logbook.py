"""A student's logbook as staff see it: readable, current, "Let op" first, newest first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from domain.access import (
    forms_created_by,
    is_involved,
    may_read_entry,
    may_see_absence_signals,
    may_see_expired,
    roles_towards,
)
from domain.audit import AuditAction, AuditEvent
from domain.errors import NotAllowed
from domain.forms import CATALOGUE
from domain.logbook import Entry, EntryQuery, OpenAction
from domain.ports import UnitOfWork
from domain.roles import Role
from domain.school import Staff, Student
from domain.school_year import SchoolYear
from domain.services.entry_rules import DEFAULT_LIMITS, LogbookLimits, visible_student

ABSENCE_FORMS = frozenset(form for form, spec in CATALOGUE.items() if spec.about_absence)


@dataclass(frozen=True)
class LogbookFilters:
    urgent_only: bool = False
    absence_only: bool = False
    school_year: SchoolYear | None = None
    include_expired: bool = False  # only for roles that may see expired entries


@dataclass(frozen=True)
class LogbookLine:
    entry: Entry
    author_name: str
    children: tuple[LogbookLine, ...] = ()  # forms attached under this item


@dataclass(frozen=True)
class RecentAuthor:
    name: str
    role: Role
    last_written: datetime


@dataclass(frozen=True)
class LogbookView:
    student: Student | None  # None: unknown or not involved, never told apart
    mentor_names: tuple[str, ...] = ()
    lines: tuple[LogbookLine, ...] = ()
    page: int = 1
    page_count: int = 0
    total: int = 0  # top-level lines the viewer may read under these filters
    recent_authors: tuple[RecentAuthor, ...] = ()  # newest first: who works with the student
    open_actions: tuple[OpenAction, ...] = ()  # absence signals' actions not done yet


NO_LOGBOOK = LogbookView(student=None)


def logbook_query(
    viewer: Staff, student: Student, filters: LogbookFilters, today: date
) -> EntryQuery:
    """The SQL side of the access rule and the filters; may_read still decides per entry."""
    roles = roles_towards(viewer, student)
    if filters.include_expired and not may_see_expired(viewer, student):
        raise NotAllowed("EXPIRED_NOT_ALLOWED")
    return EntryQuery(
        reader_roles=roles,
        reader_forms=forms_created_by(roles),
        reader_id=viewer.id,
        not_expired_on=None if filters.include_expired else today,
        urgent_only=filters.urgent_only,
        form_types=ABSENCE_FORMS if filters.absence_only else None,
        school_year=filters.school_year.start_year if filters.school_year else None,
    )


async def read_logbook(
    viewer: Staff, student_number: str, filters: LogbookFilters, page: int,
    uow: UnitOfWork, now: datetime, limits: LogbookLimits = DEFAULT_LIMITS,
) -> LogbookView:
    """One page (1-based) of the logbook; NO_LOGBOOK for an unknown or unrelated student."""
    async with uow:
        student = await visible_student(uow, viewer, student_number)
        if student is None:
            return NO_LOGBOOK
        view = await read_page_in(viewer, student, filters, page, uow, now, limits)
        await uow.commit()
    return view


async def read_logbook_of(
    viewer: Staff, student: Student, filters: LogbookFilters, page: int,
    uow: UnitOfWork, now: datetime, limits: LogbookLimits = DEFAULT_LIMITS,
) -> LogbookView:
    """As read_logbook, for a student this turn has already looked up (the search found
    them): saves reading the student and the mentors again. Involvement is still checked
    here, and the view is audited the same way."""
    if not is_involved(viewer, student):
        return NO_LOGBOOK
    async with uow:
        view = await read_page_in(viewer, student, filters, page, uow, now, limits)
        await uow.commit()
    return view


async def read_page_in(
    viewer: Staff, student: Student, filters: LogbookFilters, page: int,
    uow: UnitOfWork, now: datetime, limits: LogbookLimits,
) -> LogbookView:
    """The page, the header and the audit row; inside the caller's `async with`, which
    commits."""
    page = max(page, 1)
    entries = await _readable_entries(uow, viewer, student,
                                      logbook_query(viewer, student, filters, now.date()))
    groups = grouped(entries)
    first = (page - 1) * limits.page_size
    shown = groups[first:first + limits.page_size]
    recent = await _recent_entries(uow, viewer, student, filters, entries,
                                   now, now - timedelta(days=limits.recent_days))
    names = await uow.directory.staff_names(
        [e.author_id for e in [*_flatten(shown), *recent]] + sorted(student.mentors))
    actions = (await uow.actions.open_for_student(student.number)
               if may_see_absence_signals(viewer, student) else [])
    await uow.audit.record(AuditEvent(
        now, viewer.id, AuditAction.READ, student.number,
        {"entry_ids": [e.id for e in _flatten(shown)], "page": page},
    ))
    return LogbookView(
        student=student,
        mentor_names=tuple(sorted(names.get(m, m) for m in student.mentors)),
        lines=tuple(_line(parent, children, names) for parent, children in shown),
        page=page, page_count=-(-len(groups) // limits.page_size), total=len(groups),
        recent_authors=recent_authors(recent, names),
        open_actions=tuple(actions),
    )


async def _readable_entries(
    uow: UnitOfWork, viewer: Staff, student: Student, query: EntryQuery
) -> list[Entry]:
    """SQL narrows by student, readers and filters; the one access rule has the last word."""
    return [entry for entry in await uow.entries.for_student(student.number, query)
            if may_read_entry(viewer, entry, student)]


async def _recent_entries(
    uow: UnitOfWork, viewer: Staff, student: Student, filters: LogbookFilters,
    entries: list[Entry], now: datetime, since: datetime,
) -> list[Entry]:
    if filters == LogbookFilters():  # the usual view already holds every recent entry
        return [entry for entry in entries if entry.created_at >= since]
    return await _readable_entries(uow, viewer, student,
                                   _recent_query(viewer, student, now, since))


def _recent_query(viewer: Staff, student: Student, now: datetime, since: datetime) -> EntryQuery:
    roles = roles_towards(viewer, student)
    return EntryQuery(reader_roles=roles, reader_forms=forms_created_by(roles),
                      reader_id=viewer.id, not_expired_on=now.date(), created_since=since)


Group = tuple[Entry, tuple[Entry, ...]]


def grouped(entries: Sequence[Entry]) -> list[Group]:
    """Children under their parent, in the given order; a child whose parent is not in
    `entries` (hidden, expired or filtered out) stands on its own line."""
    present = {entry.id for entry in entries}
    children: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.parent_id in present:
            children.setdefault(entry.parent_id, []).append(entry)
    return [(entry, tuple(children.get(entry.id, ())))
            for entry in entries if entry.parent_id not in present]


def recent_authors(
    entries: Sequence[Entry], names: Mapping[str, str]
) -> tuple[RecentAuthor, ...]:
    latest: dict[tuple[str, Role], datetime] = {}
    for entry in entries:
        key = (entry.author_id, entry.author_role)
        latest[key] = max(latest.get(key, entry.created_at), entry.created_at)
    ordered = sorted(latest.items(), key=lambda item: item[1], reverse=True)
    return tuple(RecentAuthor(names.get(author, author), role, when)
                 for (author, role), when in ordered)


def _flatten(groups: Sequence[Group]) -> list[Entry]:
    return [entry for parent, children in groups for entry in (parent, *children)]


def _line(parent: Entry, children: tuple[Entry, ...], names: Mapping[str, str]) -> LogbookLine:
    return LogbookLine(parent, names.get(parent.author_id, parent.author_id),
                       tuple(_line(child, (), names) for child in children))
