"""What the message action may offer: the student chosen or typed on the card, and the
form types the user may write (one free text, as `snel formulier`: a message is text)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dialogs.common.markdown import escape_markdown
from dialogs.texts import say
from domain.access import creatable_forms
from domain.forms import BODY, CATALOGUE, FormType
from domain.ports import UnitOfWork
from domain.school import Staff, Student
from domain.services.entry_rules import visible_student
from domain.services.lookup_student import lookup_students


def forms_for(staff: Staff, student: Student | None) -> list[FormType]:
    """Form types of one free text that `staff` may write: for this student, or (before a
    student is known) for any student their roles may write for."""
    if student is not None:
        allowed = creatable_forms(staff, student)
    else:
        allowed = [form for form, spec in CATALOGUE.items() if staff.roles & spec.create]
    return [form for form in allowed if CATALOGUE[form].fields == BODY]


def likeliest_form(forms: list[FormType]) -> FormType:
    """A colleague's message is information: the first form whose description is free
    (Docent/mentor/teamleider - informatie), not a fixed one such as Mentoraat."""
    return next((form for form in forms if not CATALOGUE[form].fixed_description), forms[0])


@dataclass(frozen=True)
class FoundStudent:
    number: str = ""
    student: Student | None = None
    choices: tuple[Student, ...] = ()  # what the card offers next time
    error: str = ""


async def one_student(
    staff: Staff, values: Mapping[str, str], uow: UnitOfWork, lang: str
) -> FoundStudent:
    """The student chosen on the card (checked against the user's circle), else the one the
    typed name finds; several or none: the card comes back with a choice or the reason."""
    if values.get("student"):
        async with uow:
            student = await visible_student(uow, staff, values["student"])
        if student is not None:
            return FoundStudent(student.number, student, (student,))
    typed = values.get("student_name", "").strip()
    if not typed:
        return FoundStudent(error=say(lang, "MESSAGE_ACTION_CHOOSE_STUDENT"))
    search = await lookup_students(staff, typed, uow)
    if len(search.matches) == 1:
        student = search.matches[0]
        return FoundStudent(student.number, student, (student,))
    shown = escape_markdown(typed)
    if search.matches:
        return FoundStudent(choices=search.matches,
                            error=say(lang, "MESSAGE_ACTION_PICK_STUDENT", typed=shown))
    if search.closest:
        return FoundStudent(choices=search.closest,
                            error=say(lang, "MESSAGE_ACTION_DID_YOU_MEAN", typed=shown))
    return FoundStudent(error=say(lang, "STUDENT_NOT_FOUND", typed=shown))

