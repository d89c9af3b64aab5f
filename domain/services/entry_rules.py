"""Checks shared by writing and editing an entry; each raises a Refused with a code."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from domain.access import (
    choosable_groups,
    is_involved,
    may_create_as,
    may_read_entry,
    may_see_expired,
    writing_role,
)
from domain.errors import Invalid, NotAllowed
from domain.form_fields import FieldChoices
from domain.forms import CATALOGUE, FormSpec, FormType
from domain.logbook import Attachment, Entry
from domain.ports import UnitOfWork
from domain.roles import Role
from domain.school import Staff, Student


@dataclass(frozen=True)
class LogbookLimits:
    """The numbers a school may configure."""

    max_attachment_bytes: int = 10 * 1024 * 1024
    max_description: int = 200
    page_size: int = 10
    recent_days: int = 90  # "who worked with the student lately"


DEFAULT_LIMITS = LogbookLimits()


async def visible_student(uow: UnitOfWork, staff: Staff, number: str) -> Student | None:
    """The student, or None when unknown or not involved: the two are never told apart."""
    student = await uow.directory.student(number.strip())
    if student is None or not is_involved(staff, student):
        return None
    return student


async def readable_entry(
    uow: UnitOfWork, staff: Staff, entry_id: str, today: date
) -> tuple[Entry, Student] | None:
    """The entry and its student if `staff` may read it now; otherwise None, as if absent."""
    entry = await uow.entries.get(entry_id)
    if entry is None:
        return None
    student = await visible_student(uow, staff, entry.student_number)
    if student is None or not may_read_entry(staff, entry, student):
        return None
    if entry.expired(today) and not may_see_expired(staff, student):
        return None
    return entry, student


def author_role(staff: Staff, form: FormType, student: Student, wanted: Role | None) -> Role:
    """The role the entry is written as: `wanted` if it may create, else the most specific
    role that may (a mentor writes as mentor, not as one of the student's teachers)."""
    role = writing_role(staff, form, student)
    if wanted is not None and role is not None and may_create_as(staff, form, student, wanted):
        role = wanted
    elif wanted is not None:
        role = None
    if role is None:
        raise NotAllowed("FORM_NOT_ALLOWED", form=CATALOGUE[form].name,
                         student=student.full_name)
    return role


def checked_description(spec: FormSpec, text: str, limits: LogbookLimits) -> str:
    if spec.fixed_description:
        return spec.name
    description = " ".join(text.split())
    if not description:
        raise Invalid("DESCRIPTION_MISSING")
    if len(description) > limits.max_description:
        raise Invalid("DESCRIPTION_TOO_LONG", length=len(description),
                      limit=limits.max_description)
    return description


def checked_expiry(expires_on: date, today: date) -> date:
    if expires_on < today:
        raise Invalid("EXPIRY_IN_PAST", expires_on=expires_on, today=today)
    return expires_on


def checked_access(
    staff: Staff, form: FormType, student: Student, groups: frozenset[Role]
) -> frozenset[Role]:
    spec = CATALOGUE[form]
    if spec.locked:
        if groups != spec.read:
            raise NotAllowed("ACCESS_LOCKED", form=spec.name)
        return groups
    extra = groups - choosable_groups(staff, form, student)
    if extra:
        raise NotAllowed("ACCESS_NOT_CHOOSABLE", form=spec.name,
                         groups=tuple(sorted(extra, key=list(Role).index)))
    return groups


def checked_fields(spec: FormSpec, values: Mapping[str, str]) -> dict[str, str]:
    known = {field.key: field for field in spec.fields}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise Invalid("UNKNOWN_FIELDS", form=spec.name, fields=", ".join(unknown))
    cleaned = {key: value.strip() for key, value in values.items()}
    missing = tuple(f for f in spec.fields if f.required and not cleaned.get(f.key))
    if missing:
        raise Invalid("FIELDS_MISSING", fields=missing)
    for key, value in cleaned.items():
        field = known[key]
        if field.choices and value and value not in field.choices:
            raise Invalid("FIELD_NOT_A_CHOICE", label=field, choices=FieldChoices(field))
    return cleaned


def checked_attachments(
    attachments: tuple[Attachment, ...], limits: LogbookLimits
) -> tuple[Attachment, ...]:
    for attachment in attachments:
        size = max(attachment.size, len(attachment.content or b""))
        if size > limits.max_attachment_bytes:
            raise Invalid("ATTACHMENT_TOO_LARGE", name=attachment.name, size=_megabytes(size),
                          limit=_megabytes(limits.max_attachment_bytes))
        if attachment.content is None and not attachment.url:
            raise Invalid("ATTACHMENT_EMPTY", name=attachment.name)
    return attachments


def _megabytes(size: int) -> float:
    return size / (1024 * 1024)
