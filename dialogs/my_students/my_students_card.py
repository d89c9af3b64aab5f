"""`mijn leerlingen` in one card: a line per student (name and class, this year's counts,
open actions), those with overdue or open actions first. A click opens the logbook.

The card stays under Teams' size limit: it shows as many students as fit and says how
many more there are.
"""

from __future__ import annotations

from dialogs.common import adaptive
from dialogs.common.adaptive import Element
from dialogs.common.markdown import escape_markdown
from dialogs.texts import say
from domain.services.my_students import MyStudents, StudentLine

CARD_BUDGET = 26 * 1024  # bytes of card JSON; leaves room for the activity around it
MAX_LINES = 60  # more is not "at a glance"; the rest is counted
STEP = 5  # lines dropped at a time while the card is too big


def my_students_card(found: MyStudents, lang: str) -> Element:
    shown = min(len(found.lines), MAX_LINES)
    content = _card(found, lang, shown)
    while adaptive.card_bytes(content) > CARD_BUDGET and shown > STEP:
        shown -= STEP
        content = _card(found, lang, shown)
    return content


def _card(found: MyStudents, lang: str, shown: int) -> Element:
    body = [adaptive.text(say(lang, "MY_STUDENTS_HEADING", count=len(found.lines)),
                          size="Medium", weight="Bolder"),
            adaptive.text(say(lang, "MY_STUDENTS_YEAR", year=found.school_year.label),
                          isSubtle=True, size="Small")]
    body += [_line(line, lang) for line in found.lines[:shown]]
    hidden = len(found.lines) - shown
    if hidden:
        body.append(adaptive.text(say(lang, "MY_STUDENTS_MORE", count=hidden), separator=True))
    return adaptive.card(body, fallback=summary(found, lang, shown))


def _line(line: StudentLine, lang: str) -> Element:
    student, work = line.student, line.work
    name = f"**{escape_markdown(student.full_name)}** ({escape_markdown(student.class_name)})"
    return {"type": "ColumnSet", "separator": True, "columns": [
        {"type": "Column", "width": "stretch", "items": [adaptive.text(name)]},
        {"type": "Column", "width": "auto", "items": [adaptive.text(counts(line, lang))]},
        {"type": "Column", "width": "auto", "items": [adaptive.text(
            work_text(line, lang), color="Attention" if work.overdue else "Default",
            isSubtle=not work.open)]},
    ], "selectAction": {"type": "Action.Submit",
                        "title": say(lang, "MY_STUDENTS_BUTTON_LOGBOOK"),
                        "data": {"text": f"logboek {student.number}"}}}


def counts(line: StudentLine, lang: str) -> str:
    totals = line.totals
    return say(lang, "MY_STUDENTS_COUNTS", late=totals.late,
               truancy=float(totals.truancy_hours), sick=totals.sick_days,
               removed=totals.removed)


def work_text(line: StudentLine, lang: str) -> str:
    work = line.work
    if work.overdue:
        return say(lang, "MY_STUDENTS_WORK", open=work.open, overdue=work.overdue)
    if work.open:
        return say(lang, "MY_STUDENTS_OPEN", open=work.open)
    return say(lang, "MY_STUDENTS_NO_WORK")


def summary(found: MyStudents, lang: str, shown: int) -> str:
    """Plain text for clients without cards (the card's fallbackText), as short."""
    lines = [say(lang, "MY_STUDENTS_HEADING", count=len(found.lines))]
    lines += [f"{line.student.full_name} ({line.student.class_name}): {counts(line, lang)}; "
              f"{work_text(line, lang)}" for line in found.lines[:min(shown, 20)]]
    return "\n".join(lines)
