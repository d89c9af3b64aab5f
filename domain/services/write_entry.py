"""Add a form to a student's logbook: every rule of DOMAIN.md §1, exactly once per save."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import uuid4

from domain.access import default_groups
from domain.audit import AuditAction, AuditEvent
from domain.errors import AlreadyExists, DuplicateRequest, Invalid, NotAllowed, NotFound
from domain.expiry import default_expiry_for
from domain.forms import CATALOGUE, FormType
from domain.logbook import Attachment, Entry, EntryQuery
from domain.ports import UnitOfWork
from domain.roles import Role
from domain.school import Staff, Student
from domain.school_year import SchoolYear
from domain.services.entry_rules import (
    DEFAULT_LIMITS,
    LogbookLimits,
    author_role,
    checked_access,
    checked_attachments,
    checked_description,
    checked_expiry,
    checked_fields,
    readable_entry,
    visible_student,
)


@dataclass(frozen=True)
class NewEntry:
    """What the add-form dialog collected. None means "the default" (expiry, access)."""

    student_number: str
    form_type: FormType
    description: str = ""
    expires_on: date | None = None
    urgent: bool = False
    fields: Mapping[str, str] = field(default_factory=dict)
    access: frozenset[Role] | None = None
    parent_id: str | None = None
    attachments: tuple[Attachment, ...] = ()
    request_key: str | None = None  # e.g. the Teams activity id of the save click
    as_role: Role | None = None  # when the author may create it under several roles


async def write_entry(
    command: NewEntry,
    author: Staff,
    uow: UnitOfWork,
    now: datetime,
    limits: LogbookLimits = DEFAULT_LIMITS,
) -> Entry:
    """Store the entry and its WRITE audit event; a repeated request key returns the first."""
    async with uow:
        earlier = await _earlier_save(uow, command.request_key, author)
        if earlier is not None:
            return earlier
        entry = await _checked_entry(command, author, uow, now, limits)
        try:
            await uow.entries.add(entry)
        except DuplicateRequest:  # a concurrent save with the same key won the race
            await uow.rollback()
            return await _raced_save(uow, command.request_key, author)
        await uow.audit.record(AuditEvent(
            now, author.id, AuditAction.WRITE, entry.student_number,
            {"entry_id": entry.id, "form_type": entry.form_type.value},
        ))
        await uow.commit()
    return entry


async def _earlier_save(uow: UnitOfWork, key: str | None, author: Staff) -> Entry | None:
    if not key:
        return None
    entry = await uow.entries.by_request_key(key)
    if entry is not None and entry.author_id != author.id:
        raise NotAllowed("REQUEST_OF_SOMEONE_ELSE")
    return entry


async def _raced_save(uow: UnitOfWork, key: str | None, author: Staff) -> Entry:
    entry = await _earlier_save(uow, key, author)
    if entry is None:
        raise LookupError(f"request key {key!r} reported twice but not found")
    return entry


async def _checked_entry(
    command: NewEntry, author: Staff, uow: UnitOfWork, now: datetime, limits: LogbookLimits
) -> Entry:
    today = now.date()
    student = await visible_student(uow, author, command.student_number)
    if student is None:
        raise NotFound("NO_STUDENT_FOUND")
    form, spec = command.form_type, CATALOGUE[command.form_type]
    role = author_role(author, form, student, command.as_role)
    groups = command.access
    if groups is None:
        groups = default_groups(author, form, student, role)
    expires_on = command.expires_on or default_expiry_for(form, student, today)
    entry = Entry(
        id=str(uuid4()), student_number=student.number, form_type=form,
        description=checked_description(spec, command.description, limits),
        author_id=author.id, author_role=role, created_at=now, updated_at=now,
        expires_on=checked_expiry(expires_on, today), urgent=command.urgent,
        access=checked_access(author, form, student, groups),
        fields=checked_fields(spec, command.fields), parent_id=command.parent_id,
        attachments=checked_attachments(command.attachments, limits),
        request_key=command.request_key or None,
    )
    await _check_parent(uow, author, student, command.parent_id, today)
    await _check_once_per_year(uow, form, student, today)
    return entry


async def _check_parent(
    uow: UnitOfWork, author: Staff, student: Student, parent_id: str | None, today: date
) -> None:
    if parent_id is None:
        return
    found = await readable_entry(uow, author, parent_id, today)
    if found is None or found[0].student_number != student.number:
        raise NotFound("ENTRY_NOT_FOUND")
    if found[0].parent_id is not None:
        raise Invalid("PARENT_IS_A_CHILD")


async def _check_once_per_year(
    uow: UnitOfWork, form: FormType, student: Student, today: date
) -> None:
    """One Voortgang per school year, one Mentoraat per student: the refusal names the
    existing form so the dialog can offer to edit it."""
    spec = CATALOGUE[form]
    year = SchoolYear.of(today)
    if not (spec.one_per_school_year or spec.one_per_student):
        return
    existing = await uow.entries.for_student(student.number, EntryQuery(
        form_types=frozenset({form}), limit=1,
        school_year=year.start_year if spec.one_per_school_year else None))
    if not existing:
        return
    if spec.one_per_school_year:
        raise AlreadyExists("ONE_PER_SCHOOL_YEAR", entry_id=existing[0].id,
                            student=student.full_name, year=year.label, form=spec.name)
    raise AlreadyExists("ONE_PER_STUDENT", entry_id=existing[0].id,
                        student=student.full_name, form=spec.name)
