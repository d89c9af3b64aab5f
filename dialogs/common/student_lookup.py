"""From what staff typed to one student number, or an answer that says why not.

One match → its number. Several → a card to choose from. None → the closest names the
user may see ("Bedoel je…?"), or plainly "not found". Students the user is not involved
with are outside the search altogether, so they get exactly the answer a name that
matches nobody gets.
"""

from __future__ import annotations

from botbuilder.core import MessageFactory, TurnContext

from dialogs.common import adaptive
from dialogs.common.context import Services, current_staff, language
from dialogs.common.student_cards import students_card
from dialogs.texts import say
from domain.school import Student
from domain.services.lookup_student import lookup_students


async def one_student(
    turn: TurnContext, services: Services, typed: str, also: str | None = None,
    also_title: str = "",
) -> Student | None:
    """The one student `typed` names; None after answering otherwise.
    `also`: a second button per student in a choice, e.g. "export"."""
    lang = language(turn)
    search = await lookup_students(current_staff(turn), typed, services.uow(),
                                   names=await services.student_names())
    if len(search.matches) == 1:
        return search.matches[0]
    if search.matches:
        heading, students = say(lang, "CHOOSE"), search.matches
    elif search.closest:
        heading, students = say(lang, "LOGBOOK_DID_YOU_MEAN"), search.closest
    else:
        await turn.send_activity(say(lang, "NOT_FOUND"))
        return None
    content = students_card(heading, students, lang, also, also_title)
    await turn.send_activity(MessageFactory.attachment(adaptive.attachment(content)))
    return None
