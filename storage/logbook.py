"""Logbook entries: the minimal write side the absence engine needs (add one entry)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from domain.logbook import Entry
from domain.school_year import SchoolYear
from storage.tables import EntryRow


class SqlLogbook:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, entry: Entry) -> None:
        self._session.add(_to_row(entry))


def _to_row(entry: Entry) -> EntryRow:
    return EntryRow(
        id=entry.id,
        student_number=entry.student_number,
        form_type=entry.form_type.value,
        description=entry.description,
        author_id=entry.author_id,
        author_role=entry.author_role.value,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
        expires_on=entry.expires_on,
        urgent=entry.urgent,
        access=";".join(sorted(role.value for role in entry.access)),
        fields=dict(entry.fields),
        parent_id=entry.parent_id,
        school_year=SchoolYear.of(entry.created_at.date()).start_year,
    )
