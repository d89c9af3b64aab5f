"""The one place that answers: may this staff member create or read this, for this student?

Rights by role apply only to students the staff member is involved with: the
mentor to the students they mentor, the docent to the classes they teach, every
other role to its whole location. Several roles give the union of their rights.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from domain.forms import CATALOGUE, FormType
from domain.logbook import Entry
from domain.roles import LOCATION_ROLES, Role
from domain.school import Staff, Student


def roles_towards(staff: Staff, student: Student) -> frozenset[Role]:
    """The roles under which `staff` is involved with `student` (empty: not involved)."""
    roles: set[Role] = set()
    if Role.MENTOR in staff.roles and staff.id in student.mentors:
        roles.add(Role.MENTOR)
    if (
        Role.DOCENT in staff.roles
        and student.class_name in staff.classes
        and staff.location == student.location
    ):
        roles.add(Role.DOCENT)
    if staff.location == student.location:
        roles.update(staff.roles & LOCATION_ROLES)
    return frozenset(roles)


def is_involved(staff: Staff, student: Student) -> bool:
    return bool(roles_towards(staff, student))


MENTEE, TAUGHT, AT_LOCATION = 0, 1, 2  # how close a student is to a staff member, closest first


def closeness(staff: Staff, student: Student) -> int | None:
    """MENTEE, TAUGHT (a class they teach) or AT_LOCATION (a location role); None when not
    involved. The same rule as roles_towards, without building sets: a name search asks
    it for hundreds of students per message."""
    if Role.MENTOR in staff.roles and staff.id in student.mentors:
        return MENTEE
    if staff.location != student.location:
        return None
    if Role.DOCENT in staff.roles and student.class_name in staff.classes:
        return TAUGHT
    return AT_LOCATION if not staff.roles.isdisjoint(LOCATION_ROLES) else None


def creatable_forms(staff: Staff, student: Student) -> list[FormType]:
    """The form types `staff` may add to this student's logbook, in catalogue order."""
    roles = roles_towards(staff, student)
    return [form for form, spec in CATALOGUE.items() if roles & spec.create]


def may_create(staff: Staff, form: FormType, student: Student) -> bool:
    return bool(roles_towards(staff, student) & CATALOGUE[form].create)


def may_create_as(staff: Staff, form: FormType, student: Student, role: Role) -> bool:
    return role in roles_towards(staff, student) & CATALOGUE[form].create


def readers_of(form: FormType, access_groups: Iterable[Role]) -> frozenset[Role]:
    """The roles that read an entry. Preset forms: their groups plus the roles that may
    create the type. "Informatie": only the groups ticked (and the author, see may_read)."""
    if CATALOGUE[form].locked:
        return frozenset(access_groups) | CATALOGUE[form].create
    return frozenset(access_groups)


def may_read(
    staff: Staff, form: FormType, access_groups: Iterable[Role], student: Student,
    author_id: str | None = None,
) -> bool:
    """The author reads their own form as long as they are involved with the student."""
    roles = roles_towards(staff, student)
    if not roles:
        return False
    return staff.id == author_id or bool(roles & readers_of(form, access_groups))


def may_read_entry(staff: Staff, entry: Entry, student: Student) -> bool:
    return may_read(staff, entry.form_type, entry.access, student, entry.author_id)


# Forms kept up by others than their author (DOMAIN.md §1 "Editing").
SHARED_EDITORS: dict[FormType, frozenset[Role]] = {
    FormType.MENTORAAT: frozenset({Role.MENTOR, Role.ZORGONDERSTEUNING}),
    FormType.VOORTGANG: frozenset({Role.MENTOR, Role.ZORGONDERSTEUNING}),
}


def may_edit(staff: Staff, entry: Entry, student: Student) -> bool:
    """The author, while still allowed to create the form; the student's current mentors
    and zorgondersteuning for Mentoraat and Voortgang; a teamleider for what a teamleider
    wrote."""
    roles = roles_towards(staff, student)
    if staff.id == entry.author_id and roles & CATALOGUE[entry.form_type].create:
        return True
    if roles & SHARED_EDITORS.get(entry.form_type, frozenset()):
        return True
    return Role.TEAMLEIDER in roles and entry.author_role is Role.TEAMLEIDER


# Exporting the whole file (right of inspection) is for team leader, MT and care staff.
EXPORTERS: frozenset[Role] = frozenset({Role.TEAMLEIDER, Role.MT, Role.ZORGONDERSTEUNING})


def may_export(staff: Staff, student: Student) -> bool:
    return bool(roles_towards(staff, student) & EXPORTERS)


def choosable_groups(staff: Staff, form: FormType, student: Student) -> frozenset[Role]:
    """The access groups the author may tick; a locked form offers none to change."""
    spec = CATALOGUE[form]
    if spec.locked:
        return frozenset()
    return spec.choosable


# What a staff member with several roles writes "Informatie" as: the most specific role.
AUTHOR_PREFERENCE: tuple[Role, ...] = (
    Role.ZORGONDERSTEUNING, Role.VERZUIMCOORDINATOR, Role.TEAMLEIDER, Role.MENTOR, Role.DOCENT)

# "Informatie": the groups pre-ticked depend on the author's role (DOMAIN.md §1).
PRE_TICKED: dict[Role, frozenset[Role]] = {
    Role.DOCENT: frozenset({Role.MENTOR}),
    Role.MENTOR: frozenset({Role.MENTOR, Role.TEAMLEIDER}),
    Role.TEAMLEIDER: frozenset({Role.TEAMLEIDER, Role.MENTOR}),
    Role.ZORGONDERSTEUNING: frozenset({Role.ZORGONDERSTEUNING}),
    Role.VERZUIMCOORDINATOR: frozenset({Role.VERZUIMCOORDINATOR, Role.MENTOR}),
}


def writing_role(staff: Staff, form: FormType, student: Student) -> Role | None:
    """The most specific role under which `staff` may create `form` for `student`."""
    allowed = roles_towards(staff, student) & CATALOGUE[form].create
    ordered = [role for role in AUTHOR_PREFERENCE if role in allowed]
    ordered += sorted(allowed - set(ordered), key=list(Role).index)
    return ordered[0] if ordered else None


def default_groups(
    staff: Staff, form: FormType, student: Student, as_role: Role | None = None
) -> frozenset[Role]:
    """The groups ticked when the access step opens."""
    spec = CATALOGUE[form]
    if spec.locked:
        return spec.read
    role = as_role or writing_role(staff, form, student)
    return PRE_TICKED.get(role, frozenset()) if role is not None else frozenset()


# Expired entries stay in the file; these roles may still look them up (and export them).
EXPIRED_VIEWERS: frozenset[Role] = frozenset({Role.TEAMLEIDER, Role.MT, Role.ZORGONDERSTEUNING})


def may_see_expired(staff: Staff, student: Student) -> bool:
    return bool(roles_towards(staff, student) & EXPIRED_VIEWERS)


def forms_created_by(roles: Iterable[Role]) -> frozenset[FormType]:
    """Preset form types these roles read whatever the access groups say (creators read
    them); "Informatie" is read by its ticked groups and its author only."""
    wanted = frozenset(roles)
    return frozenset(form for form, spec in CATALOGUE.items()
                     if spec.locked and spec.create & wanted)


@dataclass(frozen=True)
class StudentScope:
    """Where to look for the students a staff member may be involved with (a superset:
    `is_involved` still decides). Lets storage narrow a search before the rule runs."""

    location: str
    whole_location: bool
    classes: frozenset[str]
    mentor_id: str | None


def student_scope(staff: Staff) -> StudentScope:
    return StudentScope(
        location=staff.location,
        whole_location=bool(staff.roles & LOCATION_ROLES),
        classes=staff.classes if Role.DOCENT in staff.roles else frozenset(),
        mentor_id=staff.id if Role.MENTOR in staff.roles else None,
    )


# Raising an absence signal by hand (DOMAIN.md §3: the judgement calls).
SIGNAL_RAISERS: frozenset[Role] = frozenset({Role.VERZUIMCOORDINATOR, Role.MENTOR, Role.IOT})


def may_raise_signal(staff: Staff, student: Student) -> bool:
    return bool(roles_towards(staff, student) & SIGNAL_RAISERS)


def may_complete_task(staff: Staff, task_role: Role, student: Student) -> bool:
    """A protocol action is done by whoever holds its role towards the student."""
    return task_role in roles_towards(staff, student)


# Who sees a student's open absence signals in the logbook header: the readers of the
# absence record form, and the roles the protocol gives actions (coordinator, IOT).
ABSENCE_SIGNAL_READERS: frozenset[Role] = CATALOGUE[FormType.VERANTWOORDING_VERZUIM].readers | {
    Role.COORDINATOR_LEERLINGZAKEN, Role.IOT}


def may_see_absence_signals(staff: Staff, student: Student) -> bool:
    return bool(roles_towards(staff, student) & ABSENCE_SIGNAL_READERS)
