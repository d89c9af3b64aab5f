"""Logbook entries: forms written about a student, with expiry, urgency and access groups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from domain.forms import FormType
from domain.roles import Role


@dataclass(frozen=True)
class Attachment:
    name: str
    content_type: str
    size: int
    url: str | None = None  # where Teams keeps the file (a reference)
    content: bytes | None = field(default=None, repr=False)  # or the bytes themselves


@dataclass(frozen=True)
class Entry:
    id: str
    student_number: str
    form_type: FormType
    description: str
    author_id: str
    author_role: Role
    created_at: datetime
    updated_at: datetime
    expires_on: date
    urgent: bool
    access: frozenset[Role]
    fields: Mapping[str, str] = field(default_factory=dict)
    parent_id: str | None = None
    attachments: tuple[Attachment, ...] = ()
    request_key: str | None = None  # the save that wrote it: a retry finds this entry

    def expired(self, today: date) -> bool:
        return self.expires_on < today


@dataclass(frozen=True)
class Revision:
    entry_id: str
    revised_by: str
    revised_at: datetime
    changes: Mapping[str, tuple[str, str]]  # field → (before, after), as text


@dataclass(frozen=True)
class EntryQuery:
    """Which of a student's entries to fetch; storage turns it into one indexed query.

    The reader condition narrows in SQL only; `domain.access.may_read` still decides.
    """

    reader_roles: frozenset[Role] | None = None  # None: every entry, whoever may read it
    reader_forms: frozenset[FormType] = frozenset()  # forms these roles read as creators
    reader_id: str | None = None  # the reader's own forms ("Informatie": the author reads)
    not_expired_on: date | None = None
    urgent_only: bool = False
    form_types: frozenset[FormType] | None = None
    school_year: int | None = None  # start year of the school year written in
    created_since: datetime | None = None
    with_attachments: bool = False
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class OpenAction:
    """An action of an absence signal that is not done yet: part of "who does what now"."""

    rule: str  # the signal's rule id (domain.absence.protocol.RuleId value)
    threshold: int
    topic: str  # for manual signals: what was raised
    role: Role
    action: str
    due_on: date
