"""Logbook entries, their attachments and revisions, behind the domain's LogbookRepository."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    Table,
    bindparam,
    false,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.errors import DuplicateRequest
from domain.forms import FormType
from domain.logbook import Attachment, Entry, EntryQuery, Revision
from domain.roles import Role
from domain.school_year import SchoolYear
from storage.bulk import DriverSql
from storage.tables import AttachmentRow, EntryRow, RevisionRow

ENTRIES: Table = EntryRow.__table__  # type: ignore[assignment]
# The statements a turn runs are written on the table's columns, not the mapped class's:
# a statement that mentions a mapped class goes through the ORM's execution path even
# when it selects plain columns (about 0.1 ms more per statement).
_E = ENTRIES.c


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@lru_cache(maxsize=256)  # a few distinct reader groups; the absence ingest writes thousands
def _join_roles(roles: frozenset[Role]) -> str:
    return ";".join(sorted(role.value for role in roles))


def _to_row(entry: Entry) -> EntryRow:
    return EntryRow(**_row_values(entry))


def _row_values(entry: Entry) -> dict[str, Any]:
    return dict(
        id=entry.id, student_number=entry.student_number, form_type=entry.form_type.value,
        description=entry.description, author_id=entry.author_id,
        author_role=entry.author_role.value, created_at=entry.created_at.astimezone(UTC),
        updated_at=entry.updated_at.astimezone(UTC), expires_on=entry.expires_on,
        urgent=entry.urgent,
        access=_join_roles(entry.access), fields=dict(entry.fields), parent_id=entry.parent_id,
        school_year=SchoolYear.of(entry.created_at.date()).start_year,
        request_key=entry.request_key,
    )


def _to_domain(row: EntryRow | Row[Any], attachments: Sequence[Attachment] = ()) -> Entry:
    return Entry(
        id=row.id, student_number=row.student_number, form_type=FormType(row.form_type),
        description=row.description, author_id=row.author_id,
        author_role=Role(row.author_role), created_at=_aware(row.created_at),
        updated_at=_aware(row.updated_at), expires_on=row.expires_on, urgent=row.urgent,
        access=frozenset(Role(code) for code in row.access.split(";") if code),
        fields={key: str(value) for key, value in row.fields.items()},
        parent_id=row.parent_id, attachments=tuple(attachments), request_key=row.request_key,
    )


def _attachment_row(entry_id: str, attachment: Attachment) -> AttachmentRow:
    return AttachmentRow(entry_id=entry_id, name=attachment.name,
                         content_type=attachment.content_type, size=attachment.size,
                         url=attachment.url, content=attachment.content)


def _attachment(row: AttachmentRow) -> Attachment:
    return Attachment(row.name, row.content_type, row.size, row.url, row.content)


def _revision(row: RevisionRow) -> Revision:
    changes = {key: (str(pair[0]), str(pair[1])) for key, pair in row.changes.items()}
    return Revision(row.entry_id, row.revised_by, _aware(row.revised_at), changes)


def _readable(shape: _Shape) -> ColumnElement[bool]:
    """Narrows to entries whose access groups or form type admit one of the reader roles."""
    if shape.reader_roles is None:
        return true()
    padded = literal(";") + _E.access + literal(";")
    admitted = [padded.contains(f";{role.value};") for role in sorted(shape.reader_roles)]
    if shape.reader_forms:
        admitted.append(_E.form_type.in_(sorted(f.value for f in shape.reader_forms)))
    if shape.reader_is_author:
        admitted.append(_E.author_id == bindparam("reader_id"))
    return or_(false(), *admitted)


@dataclass(frozen=True)
class _Shape:
    """What decides the logbook query's SQL text; the rest are bound values. The few
    shapes in use are built once (SQLAlchemy then also reuses their cache key)."""

    reader_roles: frozenset[Role] | None
    reader_forms: frozenset[FormType]
    reader_is_author: bool
    not_expired: bool
    urgent_only: bool
    form_types: frozenset[FormType] | None
    in_school_year: bool
    created_since: bool
    limit: int | None
    offset: int


def _shape(query: EntryQuery) -> _Shape:
    return _Shape(query.reader_roles, query.reader_forms, query.reader_id is not None,
                  query.not_expired_on is not None,
                  query.urgent_only, query.form_types, query.school_year is not None,
                  query.created_since is not None, query.limit, query.offset)


def _values(student_number: str, query: EntryQuery) -> dict[str, Any]:
    return {"student_number": student_number, "not_expired_on": query.not_expired_on,
            "reader_id": query.reader_id,
            "school_year": query.school_year,
            "created_since": query.created_since and query.created_since.astimezone(UTC)}


def _conditions(shape: _Shape) -> list[ColumnElement[bool]]:
    conditions = [_E.student_number == bindparam("student_number"), _readable(shape)]
    if shape.not_expired:
        conditions.append(_E.expires_on >= bindparam("not_expired_on"))
    if shape.urgent_only:
        conditions.append(_E.urgent.is_(True))
    if shape.form_types is not None:
        conditions.append(_E.form_type.in_(sorted(f.value for f in shape.form_types)))
    if shape.in_school_year:
        conditions.append(_E.school_year == bindparam("school_year"))
    if shape.created_since:
        conditions.append(_E.created_at >= bindparam("created_since"))
    return conditions


_ENTRY_COLUMNS = tuple(ENTRIES.columns)


@lru_cache(maxsize=512)
def _entries_statement(shape: _Shape) -> Select[Any]:
    """One student's rows through ix_logbook_student_created, as plain rows (no ORM
    identity map: a busy student has hundreds)."""
    return (
        select(*_ENTRY_COLUMNS)
        .where(*_conditions(shape))
        .order_by(_E.urgent.desc(), _E.created_at.desc(), _E.id.desc())
        .offset(shape.offset)
        .limit(shape.limit)
    )


def student_entries(student_number: str, query: EntryQuery) -> Select[Any]:
    """The logbook query with its values bound (for query plans and benchmarks)."""
    return _entries_statement(_shape(query)).params(_values(student_number, query))


class SqlLogbookRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, entry: Entry) -> None:
        self._session.add(_to_row(entry))
        try:
            await self._session.flush()
        except IntegrityError as error:
            if entry.request_key and "request_key" in str(error.orig):
                raise DuplicateRequest(entry.request_key) from error
            raise
        self._session.add_all(_attachment_row(entry.id, a) for a in entry.attachments)
        await self._session.flush()

    async def add_many(self, entries: Sequence[Entry]) -> None:
        """Entries without attachments in one statement (the absence engine's forms)."""
        if any(entry.attachments for entry in entries):
            raise ValueError("add_many takes entries without attachments; use add")
        await DriverSql(self._session).insert_dicts(ENTRIES, [_row_values(e) for e in entries])

    async def get(self, entry_id: str) -> Entry | None:
        row = await self._session.get(EntryRow, entry_id)
        return None if row is None else (await self._with_attachments([row]))[0]

    async def by_request_key(self, request_key: str) -> Entry | None:
        row = await self._session.scalar(
            select(EntryRow).where(EntryRow.request_key == request_key)
        )
        return None if row is None else (await self._with_attachments([row]))[0]

    async def for_student(self, student_number: str, query: EntryQuery) -> list[Entry]:
        rows = list(await self._session.execute(_entries_statement(_shape(query)),
                                                _values(student_number, query)))
        if query.with_attachments:
            return await self._with_attachments(rows)
        return [_to_domain(row) for row in rows]

    async def exists_in_year(self, student_number: str, form: FormType, school_year: int) -> bool:
        found = await self._session.scalar(
            select(EntryRow.id).where(
                EntryRow.student_number == student_number,
                EntryRow.form_type == form.value,
                EntryRow.school_year == school_year,
            ).limit(1)
        )
        return found is not None

    async def update(self, entry: Entry, revision: Revision) -> None:
        row = await self._session.get(EntryRow, entry.id)
        if row is None:
            raise LookupError(f"no logbook entry {entry.id}")
        row.description, row.expires_on, row.urgent = (
            entry.description, entry.expires_on, entry.urgent)
        row.access, row.fields, row.updated_at = (
            _join_roles(entry.access), dict(entry.fields), entry.updated_at.astimezone(UTC))
        self._session.add(RevisionRow(
            entry_id=revision.entry_id, revised_by=revision.revised_by,
            revised_at=revision.revised_at.astimezone(UTC),
            changes={key: list(pair) for key, pair in revision.changes.items()},
        ))
        await self._session.flush()

    async def revisions(self, entry_ids: Sequence[str]) -> list[Revision]:
        if not entry_ids:
            return []
        rows = await self._session.scalars(
            select(RevisionRow)
            .where(RevisionRow.entry_id.in_(list(entry_ids)))
            .order_by(RevisionRow.revised_at, RevisionRow.id)
        )
        return [_revision(row) for row in rows]

    async def _with_attachments(self, rows: Sequence[EntryRow | Row[Any]]) -> list[Entry]:
        if not rows:
            return []
        found: dict[str, list[Attachment]] = {row.id: [] for row in rows}
        attachment_rows = await self._session.scalars(
            select(AttachmentRow)
            .where(AttachmentRow.entry_id.in_(list(found)))
            .order_by(AttachmentRow.id)
        )
        for attachment in attachment_rows:
            found[attachment.entry_id].append(_attachment(attachment))
        return [_to_domain(row, found[row.id]) for row in rows]
