"""`export <student>`: the whole file for a request of inspection and copy (DOMAIN.md §2)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from domain.access import EXPORTERS, may_export, may_read_entry, readers_of
from domain.audit import AuditAction, AuditEvent
from domain.classmates import NameMask
from domain.errors import NotAllowed
from domain.export import FileContents, LeftOut, Recipient, export_recipients, render_file
from domain.forms import FormType
from domain.logbook import Entry, EntryQuery, Revision
from domain.ports import UnitOfWork
from domain.school import Staff
from domain.services.entry_rules import visible_student


@dataclass(frozen=True)
class ExportDocument:
    file_name: str
    html: str
    recipients: frozenset[Recipient]  # who may receive it today
    entry_count: int
    left_out: tuple[LeftOut, ...] = ()  # what the exporter may not read, and who may
    content_type: str = "text/html; charset=utf-8"


async def export_file(
    viewer: Staff, student_number: str, uow: UnitOfWork, now: datetime
) -> ExportDocument | None:
    """None for an unknown or unrelated student; NotAllowed for roles that may not export."""
    async with uow:
        student = await visible_student(uow, viewer, student_number)
        if student is None:
            return None
        if not may_export(viewer, student):
            raise NotAllowed("EXPORT_NOT_ALLOWED")
        every = await uow.entries.for_student(student.number, EntryQuery(
            with_attachments=True))
        entries = sorted((e for e in every if may_read_entry(viewer, e, student)),
                         key=lambda entry: (entry.created_at, entry.id))
        skipped = left_out([e for e in every if not may_read_entry(viewer, e, student)])
        revisions = await uow.entries.revisions([entry.id for entry in entries])
        mask = NameMask.for_export(student, await uow.directory.student_names())
        names = await uow.directory.staff_names(sorted(
            {viewer.id} | {e.author_id for e in entries} | {r.revised_by for r in revisions}))
        await uow.audit.record(AuditEvent(
            now, viewer.id, AuditAction.EXPORT, student.number,
            {"entry_ids": [entry.id for entry in entries]},
        ))
        await uow.commit()
    html = render_file(FileContents(
        student, [masked_entry(e, mask) for e in entries],
        [masked_revision(r, mask) for r in revisions], names, now, viewer.id, skipped))
    return ExportDocument(
        file_name=f"dossier-{student.number}-{now:%Y%m%d}.html", html=html,
        recipients=export_recipients(student, now.date()), entry_count=len(entries),
        left_out=skipped,
    )


def left_out(entries: Sequence[Entry]) -> tuple[LeftOut, ...]:
    """Per form type: how many, and which exporting roles read (so can export) them."""
    counts = Counter((e.form_type, readers_of(e.form_type, e.access) & EXPORTERS)
                     for e in entries)
    order = list(FormType)
    return tuple(LeftOut(form, count, exporters) for (form, exporters), count in
                 sorted(counts.items(), key=lambda item: (order.index(item[0][0]), -item[1])))


def masked_entry(entry: Entry, mask: Callable[[str], str]) -> Entry:
    return replace(entry, description=mask(entry.description),
                   fields={key: mask(value) for key, value in entry.fields.items()},
                   attachments=tuple(replace(a, name=mask(a.name)) for a in entry.attachments))


def masked_revision(revision: Revision, mask: Callable[[str], str]) -> Revision:
    return replace(revision, changes={key: (mask(before), mask(after))
                                      for key, (before, after) in revision.changes.items()})

