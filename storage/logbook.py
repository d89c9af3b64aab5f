"""Logbook entries: the minimal write side the absence engine needs (add one entry).

Added entries are written in one statement when the unit of work commits (or on flush()),
so that a batch of absence signals adds its thousands of forms in bulk.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.logbook import Entry
from domain.school_year import SchoolYear
from storage.tables import EntryRow


class SqlLogbook:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._pending: list[dict[str, Any]] = []

    async def add(self, entry: Entry) -> None:
        self._pending.append(_to_row(entry))

    async def flush(self) -> None:
        pending, self._pending = self._pending, []
        if pending:
            await self._session.execute(insert(EntryRow), pending)


def _to_row(entry: Entry) -> dict[str, Any]:
    return dict(
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
