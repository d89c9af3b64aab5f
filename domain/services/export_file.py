"""`export <student>`: the whole file for a request of inspection and copy (DOMAIN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.access import may_export
from domain.audit import AuditAction, AuditEvent
from domain.errors import NotAllowed
from domain.export import FileContents, Recipient, export_recipients, render_file
from domain.logbook import EntryQuery
from domain.ports import UnitOfWork
from domain.school import Staff
from domain.services.entry_rules import visible_student


@dataclass(frozen=True)
class ExportDocument:
    file_name: str
    html: str
    recipients: frozenset[Recipient]  # who may receive it today
    entry_count: int
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
        entries = await uow.entries.for_student(student.number, EntryQuery(
            with_attachments=True))
        entries.sort(key=lambda entry: (entry.created_at, entry.id))
        revisions = await uow.entries.revisions([entry.id for entry in entries])
        names = await uow.directory.staff_names(sorted(
            {viewer.id} | {e.author_id for e in entries} | {r.revised_by for r in revisions}))
        await uow.audit.record(AuditEvent(
            now, viewer.id, AuditAction.EXPORT, student.number,
            {"entry_ids": [entry.id for entry in entries]},
        ))
        await uow.commit()
    html = render_file(FileContents(student, entries, revisions, names, now, viewer.id))
    return ExportDocument(
        file_name=f"dossier-{student.number}-{now:%Y%m%d}.html", html=html,
        recipients=export_recipients(student, now.date()), entry_count=len(entries),
    )
