"""Edit a form (Bewerken → Voltooien): the same rules as writing, and a revision kept."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from domain.access import may_edit
from domain.audit import AuditAction, AuditEvent
from domain.errors import NotAllowed, NotFound
from domain.forms import CATALOGUE
from domain.logbook import Entry, Revision
from domain.ports import UnitOfWork
from domain.roles import Role
from domain.school import Staff, Student
from domain.services.entry_rules import (
    DEFAULT_LIMITS,
    LogbookLimits,
    checked_access,
    checked_description,
    checked_expiry,
    checked_fields,
    readable_entry,
)


@dataclass(frozen=True)
class EntryChanges:
    """Only what is not None changes; `fields` are merged over the current values."""

    description: str | None = None
    expires_on: date | None = None
    urgent: bool | None = None
    fields: Mapping[str, str] | None = None
    access: frozenset[Role] | None = None


async def edit_entry(
    entry_id: str,
    changes: EntryChanges,
    editor: Staff,
    uow: UnitOfWork,
    now: datetime,
    limits: LogbookLimits = DEFAULT_LIMITS,
) -> Entry:
    """The entry as saved; nothing changed → the entry as it was, no revision, no audit."""
    async with uow:
        found = await readable_entry(uow, editor, entry_id, now.date())
        if found is None:
            raise NotFound("ENTRY_NOT_FOUND")
        entry, student = found
        if not may_edit(editor, entry, student):
            raise NotAllowed("NOT_EDITABLE")
        edited = _applied(entry, changes, editor, student, now.date(), limits)
        difference = revision_changes(entry, edited)
        if not difference:
            return entry
        edited = replace(edited, updated_at=now)
        await uow.entries.update(edited, Revision(entry.id, editor.id, now, difference))
        await uow.audit.record(AuditEvent(
            now, editor.id, AuditAction.EDIT, entry.student_number,
            {"entry_id": entry.id, "changed": sorted(difference)},
        ))
        await uow.commit()
    return edited


def _applied(
    entry: Entry, changes: EntryChanges, editor: Staff, student: Student, today: date,
    limits: LogbookLimits,
) -> Entry:
    spec = CATALOGUE[entry.form_type]
    edited = entry
    if changes.description is not None:
        edited = replace(edited, description=checked_description(
            spec, changes.description, limits))
    if changes.expires_on is not None and changes.expires_on != entry.expires_on:
        edited = replace(edited, expires_on=checked_expiry(changes.expires_on, today))
    if changes.urgent is not None:
        edited = replace(edited, urgent=changes.urgent)
    if changes.fields is not None:
        merged = {**entry.fields, **changes.fields}
        edited = replace(edited, fields=checked_fields(spec, merged))
    if changes.access is not None and changes.access != entry.access:
        edited = replace(edited, access=checked_access(
            editor, entry.form_type, student, changes.access))
    return edited


def revision_changes(before: Entry, after: Entry) -> dict[str, tuple[str, str]]:
    """What differs, as text: field name → (before, after)."""
    pairs = {
        "description": (before.description, after.description),
        "expires_on": (before.expires_on.isoformat(), after.expires_on.isoformat()),
        "urgent": (_yes_no(before.urgent), _yes_no(after.urgent)),
        "access": (_groups(before.access), _groups(after.access)),
    }
    for key in sorted(set(before.fields) | set(after.fields)):
        pairs[f"fields.{key}"] = (before.fields.get(key, ""), after.fields.get(key, ""))
    return {name: pair for name, pair in pairs.items() if pair[0] != pair[1]}


def _yes_no(flag: bool) -> str:
    return "ja" if flag else "nee"


def _groups(roles: frozenset[Role]) -> str:
    return ";".join(sorted(role.value for role in roles))
