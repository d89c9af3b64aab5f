"""The edit dialog's values: an entry's current state in, the changed parts out."""

from __future__ import annotations

from datetime import date
from typing import Any

from dialogs.add_form.add_form_questions import ATTACHMENT
from dialogs.add_form.form_questions import (
    ACCESS,
    DESCRIPTION,
    EXPIRY,
    FIELDS,
    FORM,
    STUDENT,
    URGENT,
    Values,
)
from domain.roles import Role
from domain.services.edit_entry import EntryChanges
from domain.services.entry_details import EntryDetails

ENTRY = "entry"  # id and updated_at of the entry as loaded
CHANGED = "changed"  # the parts the user changed: description, expiry, urgent, fields, access


def values_of(details: EntryDetails) -> dict[str, Any]:
    """The entry as JSON primitives, under the keys the shared questions use."""
    entry = details.entry
    names = ", ".join(attachment.name for attachment in entry.attachments)
    return {
        STUDENT: details.student.number, FORM: entry.form_type.value,
        ENTRY: {"id": entry.id, "updated_at": entry.updated_at.isoformat()},
        DESCRIPTION: entry.description, EXPIRY: entry.expires_on.isoformat(),
        URGENT: entry.urgent, FIELDS: dict(entry.fields),
        ACCESS: sorted(role.value for role in entry.access),
        ATTACHMENT: {"name": names} if names else None, CHANGED: [],
    }


def changes_of(values: Values) -> EntryChanges:
    changed = set(values.get(CHANGED, []))

    def part(name: str, value: Any) -> Any:
        return value if name in changed else None

    return EntryChanges(
        description=part("description", values[DESCRIPTION]),
        expires_on=part("expiry", date.fromisoformat(values[EXPIRY])),
        urgent=part("urgent", values[URGENT]),
        fields=part("fields", dict(values[FIELDS])),
        access=part("access", frozenset(Role(r) for r in values[ACCESS])),
    )
