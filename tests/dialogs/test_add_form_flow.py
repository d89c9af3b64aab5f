"""The add-form dialog's turns off the straight path: old buttons, `wijzigen`, `terug` from
the summary, a form under an item, fields one by one, a restart, a prompt's report button."""

from __future__ import annotations

import json

from domain.forms import CATALOGUE, FormType
from tests.dialogs.driver import DialogBot
from tests.dialogs.school import School
from tests.dialogs.test_add_form import INFO_TO_SUMMARY, line
from tests.support.school import DOCENT, MENTOR, TEAMLEIDER

REPORT = {"text": "nieuw formulier 100001", "form_type": "informatie",
          "description": "9e keer te laat dit schooljaar", "student_number": "100001"}


async def test_a_button_on_an_older_card_cannot_answer_a_later_question(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    await chat.conversation(*INFO_TO_SUMMARY[:2])
    [expiry] = await chat.say("Gesprek")
    await chat.say("standaard")  # now at Let op
    [ignored] = await chat.submit(expiry.button(chat.text("ALL_DEFAULTS_BUTTON")))
    assert ignored.is_("OLD_BUTTON")
    await chat.conversation("ja", "Tekst", "geen", "standaard", "opslaan")
    [entry] = school.entries()
    assert entry.urgent


async def test_wijzigen_redoes_one_step_and_returns_to_the_summary(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    [which] = (await chat.conversation(*INFO_TO_SUMMARY, "wijzigen"))[-1:]
    assert which.starts_with("ASK_WHICH_STEP")
    await chat.say(chat.text("L_EXPIRY"))
    [summary] = await chat.say("volgend schooljaar")
    assert line(chat, "L_EXPIRY", "31-07-2028") in summary.text and summary.says("SUMMARY")
    await chat.say("opslaan")
    [entry] = school.entries()
    assert entry.expires_on.isoformat() == "2028-07-31"


async def test_terug_from_the_summary_redoes_the_text_with_the_old_text_on_the_card(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    await chat.conversation(*INFO_TO_SUMMARY)
    [again] = await chat.say("terug")  # "alles standaard" skipped the questions in between
    assert again.starts_with("ASK_FIELD", label="Tekst")
    assert again.cards[0]["body"][0]["value"] == INFO_TO_SUMMARY[-1]
    [summary] = await chat.say("Een betere tekst.")
    assert "**Tekst**: Een betere tekst." in summary.text
    await chat.say("opslaan")
    [entry] = school.entries()
    assert entry.fields == {"body": "Een betere tekst."}


async def test_a_form_goes_under_an_existing_logbook_item_when_asked(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    await chat.conversation(*INFO_TO_SUMMARY, "opslaan")
    [parent] = school.entries()
    await chat.say("nieuw formulier Jan de Vries")
    [question] = await chat.say("2 onder")
    assert question.starts_with("ASK_PARENT") and "Gesprek over huiswerk" in str(question)
    replies = await chat.conversation("2", "Vervolggesprek", "alles standaard",
                                      "Het gaat beter.", "opslaan")
    assert line(chat, "L_PARENT", "Gesprek over huiswerk") in replies[-2].text
    child = next(e for e in school.entries() if e.id != parent.id)
    assert child.parent_id == parent.id


async def test_a_student_without_items_gets_a_separate_form(bot: DialogBot) -> None:
    chat = bot.chat(MENTOR)
    await chat.say("nieuw formulier Jan de Vries")
    [none, description] = await chat.say("2 onder")
    assert none.is_("NO_PARENTS", student="Jan de Vries")
    assert description.starts_with("ASK_DESCRIPTION")


async def test_a_team_leader_fills_in_the_incident_fields_one_by_one(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(TEAMLEIDER)
    await chat.conversation("nieuw formulier 100001", "Incidentregistratie", "standaard", "ja")
    [time] = await chat.say("20-11-2026")
    assert time.starts_with("ASK_FIELD", label="Tijd")
    replies = await chat.conversation("10.45", "2", "Gesprek met de leerlingen", "Getuige",
                                      "Ouders bellen", "Ruzie op het plein")
    assert replies[-1].starts_with("ASK_ATTACHMENT")
    locked, summary = await chat.say("geen")
    assert locked.is_("LOCKED_ACCESS", groups="teamleider")
    assert "**Soort incident**: Pesten" in summary.text and "**Tijd**: 10:45" in summary.text
    await chat.say("opslaan")
    [entry] = school.entries()
    assert entry.fields["incident_date"] == "20-11-2026"
    assert entry.fields["incident_time"] == "10:45"
    assert entry.fields["student_role"] == "Getuige" and entry.urgent


async def test_after_a_restart_the_dialog_continues_from_its_stored_json(
    bot: DialogBot, school: School,
) -> None:
    await bot.chat(MENTOR).conversation(*INFO_TO_SUMMARY[:3])
    [(_, document)] = bot.storage.documents.values()
    assert "Gesprek over huiswerk" in json.dumps(json.loads(document))  # plain JSON
    bot.restart()  # new dialogs, new state objects, a new adapter: only the documents stay
    chat = bot.chat(MENTOR)
    replies = await chat.conversation(*INFO_TO_SUMMARY[3:], "opslaan")
    assert replies[-1].is_("SAVED", form=CATALOGUE[FormType.INFORMATIE].name,
                           student="Jan de Vries")
    [entry] = school.entries()
    assert entry.description == "Gesprek over huiswerk"


async def test_the_report_button_skips_to_the_prefilled_description(bot: DialogBot) -> None:
    [question] = await bot.chat(MENTOR).submit(REPORT)
    assert question.starts_with("ASK_DESCRIPTION")
    inputs = [item for item in question.cards[0]["body"] if item.get("id") == "description"]
    assert inputs[0]["value"] == "9e keer te laat dit schooljaar"


async def test_a_report_button_for_a_form_the_user_may_not_write_asks_as_usual(
    bot: DialogBot,
) -> None:
    [question] = await bot.chat(DOCENT).submit({**REPORT, "form_type": "zorg_start"})
    assert question.starts_with("ASK_FORM", student="Jan de Vries")
    assert CATALOGUE[FormType.ZORG_START].name not in str(question.cards)
    assert CATALOGUE[FormType.INFORMATIE].name in str(question.cards)
