"""One form with all its fields and attachments (`details <n>`), and whether it may be edited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.access import may_edit
from domain.audit import AuditAction, AuditEvent
from domain.forms import CATALOGUE, FormSpec
from domain.logbook import Entry
from domain.ports import UnitOfWork
from domain.school import Staff, Student
from domain.services.entry_rules import readable_entry


@dataclass(frozen=True)
class EntryDetails:
    entry: Entry
    spec: FormSpec  # field labels, in the form's order
    student: Student
    author_name: str
    may_edit: bool

    def labelled_fields(self, lang: str = "nl") -> list[tuple[str, str]]:
        """(label, value) in the form's order, said in `lang` (a choice is stored in Dutch);
        values of fields the form no longer has last."""
        known = [(f.label_in(lang), f.choice_in(self.entry.fields.get(f.key, ""), lang))
                 for f in self.spec.fields]
        keys = {f.key for f in self.spec.fields}
        return known + [(k, v) for k, v in self.entry.fields.items() if k not in keys]


async def entry_details(
    viewer: Staff, entry_id: str, uow: UnitOfWork, now: datetime
) -> EntryDetails | None:
    """None for an entry that does not exist and for one the viewer may not read."""
    async with uow:
        found = await readable_entry(uow, viewer, entry_id, now.date())
        if found is None:
            return None
        entry, student = found
        names = await uow.directory.staff_names([entry.author_id])
        await uow.audit.record(AuditEvent(
            now, viewer.id, AuditAction.READ, student.number, {"entry_ids": [entry.id]},
        ))
        await uow.commit()
    return EntryDetails(
        entry=entry, spec=CATALOGUE[entry.form_type], student=student,
        author_name=names.get(entry.author_id, entry.author_id),
        may_edit=may_edit(viewer, entry, student),
    )
