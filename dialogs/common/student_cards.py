"""Students as the bot shows them: each with a "Logboek" button that submits
`logboek <number>`, so a click equals typing it. Used for choices and "Bedoel je…?"."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.common import adaptive
from dialogs.common.adaptive import Element
from dialogs.common.markdown import escape_markdown
from dialogs.texts import say
from domain.school import Student


def logbook_button(student_number: str, lang: str) -> Element:
    return adaptive.submit(say(lang, "LOGBOOK_BUTTON_LOGBOOK"), f"logboek {student_number}")


def student_line(student: Student) -> str:
    return (f"**{escape_markdown(student.full_name)}** · {escape_markdown(student.class_name)}"
            f" · {escape_markdown(student.number)}")


def student_row(student: Student, lang: str, *extra: Element) -> Element:
    """One student: name, class and number, then the Logboek button (and any `extra`)."""
    return {"type": "Container", "separator": True, "items": [
        adaptive.text(student_line(student)),
        adaptive.buttons(logbook_button(student.number, lang), *extra),
    ]}


def students_card(
    heading: str, students: Sequence[Student], lang: str, also: str | None = None,
    also_title: str = "",
) -> Element:
    """A list of students to pick from; `also` names a second command per student
    (e.g. "export"), so the choice leads back to what the user asked."""
    rows = [
        student_row(s, lang, *([adaptive.submit(also_title, f"{also} {s.number}")]
                               if also else []))
        for s in students
    ]
    fallback = heading + "\n" + "\n".join(
        f"- {s.full_name} ({s.class_name}, {s.number})" for s in students)
    return adaptive.card([adaptive.text(heading, weight="Bolder"), *rows], fallback=fallback)
