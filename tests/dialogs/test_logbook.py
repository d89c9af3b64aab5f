"""`logboek <student>`: finding the student, the card in both languages, and the answers
when the command lacks something."""

from __future__ import annotations

import pytest

from domain.forms import FormType
from tests.dialogs.driver import DialogBot
from tests.dialogs.school import School
from tests.support.logbook_cards import shown_ids
from tests.support.school import DOCENT, MENTOR, TEAMLEIDER, ZUID_DOCENT


@pytest.fixture
async def forms(school: School) -> dict[str, FormType]:
    return await school.write_jans_forms()


async def test_a_mentor_sees_the_forms_a_mentor_may_read_and_the_read_is_audited(
    bot: DialogBot, school: School, forms: dict[str, FormType],
) -> None:
    [sent] = await bot.chat(MENTOR).say("logboek Jan de Vries")
    shown = shown_ids(sent.cards[0])
    assert {forms[entry_id] for entry_id in shown} == set(FormType) - {
        FormType.INCIDENT, FormType.VERZUIMADMINISTRATIE}
    assert school.logbook_reads(MENTOR) == [shown]
    assert {e.student_number for e in school.audit(MENTOR, "read")} == {"100001"}


async def test_a_teacher_at_another_location_does_not_find_jan(
    bot: DialogBot, school: School, forms: dict[str, FormType],
) -> None:
    chat = bot.chat(ZUID_DOCENT)
    [jan] = await chat.say("logboek 100001")
    [nobody] = await chat.say("logboek 999999")
    assert jan.is_("NOT_FOUND") and nobody.is_("NOT_FOUND")
    assert school.audit(ZUID_DOCENT, "read") == []


async def test_several_matches_give_a_choice_whose_buttons_open_the_logbook(
    bot: DialogBot, forms: dict[str, FormType],
) -> None:
    chat = bot.chat(TEAMLEIDER)
    [choice] = await chat.say("logboek Jan")
    assert choice.says("CHOOSE")
    assert sorted(data["text"] for _, data in choice.buttons) == [
        "logboek 100001", "logboek 100004"]
    [opened] = await chat.submit({"text": "logboek 100001"})
    assert opened.says("LOGBOOK", name="Jan de Vries")


async def test_a_typo_gets_the_closest_names_the_user_may_see(
    bot: DialogBot, forms: dict[str, FormType],
) -> None:
    # two typos: a guess, not an answer
    [card] = await bot.chat(MENTOR).say("logboek Fatma El Amrany")
    assert card.says("LOGBOOK_DID_YOU_MEAN")
    assert {"text": "logboek 100002"} in [data for _, data in card.buttons]


async def test_show_logbook_for_in_english(bot: DialogBot, forms: dict[str, FormType]) -> None:
    chat = bot.chat(MENTOR, locale="en-GB")
    [sent] = await chat.say("show logbook for Jan de Vries")
    assert sent.cards[0]["body"][0]["text"] == chat.text("LOGBOOK", name="Jan de Vries")
    assert sent.says("RECENT", name="Jan")


async def test_without_a_student_or_a_form_the_commands_explain_themselves(
    bot: DialogBot, forms: dict[str, FormType],
) -> None:
    chat = bot.chat(MENTOR)
    [usage] = await chat.say("logboek")
    assert usage.is_("LOGBOOK_USAGE")
    [details] = await chat.say("details")
    assert details.is_("DETAILS_USAGE")
    await chat.say("logboek 100001")
    [beyond] = await chat.say("details 42")
    assert beyond.is_("NO_SUCH_POSITION", position=42, count=8)


async def test_a_docent_reads_no_care_forms_and_no_other_student(
    bot: DialogBot, school: School, forms: dict[str, FormType],
) -> None:
    chat = bot.chat(DOCENT)
    [sent] = await chat.say("logboek 100001")
    assert {forms[i] for i in shown_ids(sent.cards[0])} == {
        FormType.INFORMATIE, FormType.STAGE, FormType.ONDERWIJSBEGELEIDING, FormType.LOB}
    [outside] = await chat.say("logboek Sven Çelik")  # 3B: not a class the docent teaches
    [made_up] = await chat.say("logboek Sven Celikk")
    assert outside.shown == made_up.shown
    assert len(school.logbook_reads(DOCENT)) == 1
