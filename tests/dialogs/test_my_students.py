"""`mijn leerlingen`: a mentor's students and a coordinator's signalled students, those with
open actions first; the roles it is not for are told who it is for."""

from __future__ import annotations

from tests.dialogs.driver import DialogBot
from tests.dialogs.school import School
from tests.support.school import DOCENT, MENTOR, VC, ZUID_DOCENT


async def test_a_mentor_sees_the_students_with_open_actions_first(
    bot: DialogBot, school: School,
) -> None:
    await school.register_lates(3)
    [card] = await bot.chat(MENTOR).say("mijn leerlingen")
    assert card.says("MY_STUDENTS_HEADING", count=2)
    assert card.shown.index("Jan de Vries") < card.shown.index("Fatima El Amrani")
    assert card.says("MY_STUDENTS_COUNTS", late=3, truancy=0.0, sick=0, removed=0)


async def test_the_coordinator_sees_only_signalled_students_in_english_too(
    bot: DialogBot, school: School,
) -> None:
    await school.register_lates(3)
    [card] = await bot.chat(VC, locale="en-US").say("my students")
    assert card.says("MY_STUDENTS_HEADING", count=1) and "Jan de Vries" in card.shown
    assert "Fatima" not in card.shown  # no open signal


async def test_the_roles_it_is_not_for_are_told_who_it_is_for(bot: DialogBot) -> None:
    for person in (DOCENT, ZUID_DOCENT):
        [answer] = await bot.chat(person).say("mijn leerlingen")
        assert answer.is_("MY_STUDENTS_NOT_FOR_YOU")


async def test_a_coordinator_without_signalled_students_hears_so(bot: DialogBot) -> None:
    [answer] = await bot.chat(VC).say("mijn leerlingen")
    assert answer.is_("MY_STUDENTS_NONE")
