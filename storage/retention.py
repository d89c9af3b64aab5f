"""Retention in SQL: count what is due, and delete it one batch of students per transaction.

The domain (domain/retention.py) decides the cutoffs; this module only applies them. Audit
rows are never deleted (the database refuses it anyway): each batch adds its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.retention import Cutoffs, Deleted, audit_events
from storage.audit import SqlAuditLog
from storage.picture_links import forget_pictures_expired
from storage.seen_activities import forget_seen_before
from storage.tables import (
    AbsenceEventRow,
    AbsenceSignalRow,
    AbsenceStateRow,
    AbsenceTaskRow,
    AttachmentRow,
    EntryRow,
    RevisionRow,
    SignalFanoutRow,
    StudentRow,
)

BATCH = 200  # students per transaction: short locks, and a failure loses one batch only


class RetentionQueries:
    """Per student, how many rows of each kind are due (for a dry run and for the audit)."""

    def __init__(self, session: AsyncSession, cutoffs: Cutoffs) -> None:
        self._session, self._cutoffs = session, cutoffs

    async def due(self, numbers: Collection[str] | None = None) -> dict[str, Deleted]:
        counts: dict[str, dict[str, int]] = defaultdict(dict)
        for kind, query in self._counting(numbers).items():
            for number, count in await self._session.execute(query):
                counts[number][kind] = count
        return {number: Deleted(**kinds) for number, kinds in sorted(counts.items())}

    def _counting(self, numbers: Collection[str] | None) -> dict[str, Select[Any]]:
        entry, in_entries = EntryRow.student_number, EntryRow.id.in_(self.due_entries(numbers))
        signal = AbsenceSignalRow.student_number
        in_signals = AbsenceSignalRow.id.in_(self.due_signals(numbers))
        return {
            "forms": _per_student(entry, in_entries),
            "revisions": _per_student(entry, in_entries, join=RevisionRow),
            "attachments": _per_student(entry, in_entries, join=AttachmentRow),
            "absence_events": _per_student(AbsenceEventRow.student_number,
                                           *self.due_events(numbers)),
            "absence_states": _per_student(AbsenceStateRow.student_number,
                                           *self.due_states(numbers)),
            "signals": _per_student(signal, in_signals),
            "tasks": _per_student(signal, in_signals, join=AbsenceTaskRow),
        }

    def due_entries(self, numbers: Collection[str] | None) -> Select[Any]:
        query = select(EntryRow.id).join(StudentRow, StudentRow.number == EntryRow.student_number)
        query = query.where(StudentRow.left_on < self._cutoffs.left_before)
        return query if numbers is None else query.where(EntryRow.student_number.in_(numbers))

    def due_signals(self, numbers: Collection[str] | None) -> Select[Any]:
        query = select(AbsenceSignalRow.id).where(
            AbsenceSignalRow.school_year < self._cutoffs.first_kept_year.start_year)
        return query if numbers is None else query.where(
            AbsenceSignalRow.student_number.in_(numbers))

    def due_events(self, numbers: Collection[str] | None) -> list[Any]:
        due = [AbsenceEventRow.day < self._cutoffs.absence_before]
        return due if numbers is None else [*due, AbsenceEventRow.student_number.in_(numbers)]

    def due_states(self, numbers: Collection[str] | None) -> list[Any]:
        due = [AbsenceStateRow.school_year < self._cutoffs.first_kept_year.start_year]
        return due if numbers is None else [*due, AbsenceStateRow.student_number.in_(numbers)]


def _per_student(number: Any, *where: Any, join: type[Any] | None = None) -> Select[Any]:
    """Rows per student number; `join`: count the child rows (by their foreign key) instead."""
    query = select(number, func.count())
    if join is not None:
        query = query.select_from(number.class_).join(join)
    return query.where(*where).group_by(number)


async def delete_batch(session: AsyncSession, cutoffs: Cutoffs, numbers: Sequence[str],
                       now: datetime) -> dict[str, Deleted]:
    """Deletes and audits one batch of students; the caller commits. The counts come from what
    the DELETEs returned, so a run racing another one audits only its own deletions."""
    queries = RetentionQueries(session, cutoffs)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    found = {**await _delete_forms(session, queries.due_entries(numbers)),
             **await _delete_signals(session, queries.due_signals(numbers)),
             "absence_states": await _returning(session, delete(AbsenceStateRow).where(
                 *queries.due_states(numbers)).returning(AbsenceStateRow.student_number)),
             "absence_events": await _returning(session, delete(AbsenceEventRow).where(
                 *queries.due_events(numbers)).returning(AbsenceEventRow.student_number))}
    for kind, students in found.items():
        for number in students:
            counts[number][kind] += 1
    deleted = {number: Deleted(**kinds) for number, kinds in sorted(counts.items())}
    await SqlAuditLog(session).record_many(audit_events(deleted, now))
    return deleted


async def _delete_forms(session: AsyncSession, entries: Select[Any]) -> dict[str, list[str]]:
    """Revisions and attachments first (foreign keys); kind → the student of each row."""
    revised = await _returning(session, delete(RevisionRow).where(
        RevisionRow.entry_id.in_(entries)).returning(RevisionRow.entry_id))
    attached = await _returning(session, delete(AttachmentRow).where(
        AttachmentRow.entry_id.in_(entries)).returning(AttachmentRow.entry_id))
    owner = dict(await _pairs(session, delete(EntryRow).where(EntryRow.id.in_(entries))
                              .returning(EntryRow.id, EntryRow.student_number)))
    return {"forms": list(owner.values()), "revisions": [owner[e] for e in revised],
            "attachments": [owner[e] for e in attached]}


async def _delete_signals(session: AsyncSession, signals: Select[Any]) -> dict[str, list[str]]:
    tasked = await _returning(session, delete(AbsenceTaskRow).where(
        AbsenceTaskRow.signal_id.in_(signals)).returning(AbsenceTaskRow.signal_id))
    await session.execute(delete(SignalFanoutRow).where(SignalFanoutRow.signal_id.in_(signals)))
    owner = dict(await _pairs(session, delete(AbsenceSignalRow).where(
        AbsenceSignalRow.id.in_(signals)).returning(AbsenceSignalRow.id,
                                                    AbsenceSignalRow.student_number)))
    return {"signals": list(owner.values()), "tasks": [owner[s] for s in tasked]}


async def _returning(session: AsyncSession, statement: Any) -> list[str]:
    return list(await session.scalars(statement, execution_options=_NO_SYNC))


async def _pairs(session: AsyncSession, statement: Any) -> list[tuple[str, str]]:
    result = await session.execute(statement, execution_options=_NO_SYNC)
    return [(first, second) for first, second in result]


_NO_SYNC = {"synchronize_session": False}


async def apply_retention(sessions: async_sessionmaker[AsyncSession], cutoffs: Cutoffs,
                          now: datetime, *, dry_run: bool) -> tuple[dict[str, Deleted], int]:
    """Everything due, per student, and the number of seen activity ids forgotten."""
    async with sessions() as session:
        due = await RetentionQueries(session, cutoffs).due()
    if dry_run:
        return due, 0
    deleted: dict[str, Deleted] = {}
    numbers = list(due)
    for start in range(0, len(numbers), BATCH):
        async with sessions() as session:
            deleted |= await delete_batch(session, cutoffs, numbers[start:start + BATCH], now)
            await session.commit()
    async with sessions() as session:
        forgotten = await forget_seen_before(session, cutoffs.seen_before)
        await forget_pictures_expired(session, now)
        await session.commit()
    return deleted, forgotten
