"""Who hears about a signal: staff members, never outsiders.

A signal names roles. The mentor role reaches the student's own mentor(s); the other
roles reach the staff with that role at the student's location. Parents, the student,
the LPA and DUO get nothing: the protocol gives their steps to the staff role that
handles them, so they arrive here as that role's tasks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from domain.access import roles_towards
from domain.ports import Directory
from domain.roles import Role
from domain.school import Staff, Student

# The staff roles the protocol gives actions to (help lists `taken` for them).
TASK_OWNERS: frozenset[Role] = frozenset({Role.MENTOR, Role.VERZUIMCOORDINATOR,
                                          Role.COORDINATOR_LEERLINGZAKEN, Role.IOT,
                                          Role.TEAMLEIDER})


@dataclass(frozen=True)
class Recipient:
    staff: Staff
    roles: frozenset[Role]  # the roles of the signal this person holds towards the student


def recipients_among(
    roles: Iterable[Role], student: Student, candidates: Iterable[Staff]
) -> list[Recipient]:
    """Each candidate once, with the wanted roles they hold towards this student."""
    wanted = frozenset(roles)
    found: dict[str, Recipient] = {}
    for staff in candidates:
        held = roles_towards(staff, student) & wanted
        if held and staff.id not in found:
            found[staff.id] = Recipient(staff, held)
    return sorted(found.values(), key=lambda r: r.staff.id)


async def resolve_recipients(
    directory: Directory, student: Student, roles: Iterable[Role]
) -> list[Recipient]:
    mentors = [staff for staff_id in sorted(student.mentors)
               if (staff := await directory.staff_by_id(staff_id)) is not None]
    return recipients_among(roles, student, mentors + await directory.staff_at(student.location))


async def coordinators_of(directory: Directory, student: Student) -> list[Staff]:
    """Who hears when nobody else can be reached: the location's verzuimcoördinator(s)."""
    found = await resolve_recipients(directory, student, {Role.VERZUIMCOORDINATOR})
    return [recipient.staff for recipient in found]
