"""`bewerk <id>`: change a form part by part, then Voltooien; the rules of edit_entry hold
and the previous version is kept as a revision."""

from __future__ import annotations

import pytest

from domain.forms import FormType
from domain.logbook import Entry
from domain.services.write_entry import NewEntry
from tests.dialogs.driver import DialogBot
from tests.dialogs.school import School
from tests.support.jans_forms import JAN
from tests.support.school import DOCENT, MENTOR, TEAMLEIDER

INFO = "Docent/mentor/teamleider - informatie"


@pytest.fixture
async def entry(school: School) -> Entry:
    """The mentor's information form about Jan, with the default access, written yesterday."""
    command = NewEntry(JAN, FormType.INFORMATIE, "Gesprek over huiswerk",
                       fields={"body": "Jan maakt zijn huiswerk."})
    return await school.write(MENTOR, command, days_ago=1)


async def test_the_author_edits_description_and_urgency_and_a_revision_is_kept(
    bot: DialogBot, school: School, entry: Entry,
) -> None:
    chat = bot.chat(MENTOR)
    [menu] = await chat.say(f"bewerk {entry.id}")
    assert menu.says("EDIT_WHICH", form=INFO, student="Jan de Vries")
    assert "**Omschrijving**: Gesprek over huiswerk" in menu.text
    [question] = await chat.say("Omschrijving")
    assert question.starts_with("ASK_DESCRIPTION")
    await chat.conversation("Gesprek met ouders", "Let op")
    [menu] = await chat.say("ja")
    assert "**Omschrijving**: Gesprek met ouders" in menu.text and "**Let op**: ja" in menu.text
    [done] = await chat.say("voltooien")
    assert done.is_("EDIT_SAVED")
    [saved] = school.entries()
    assert saved.description == "Gesprek met ouders" and saved.urgent
    [revision] = school.uow.entries.revised
    assert revision.revised_by == MENTOR.staff_id
    assert revision.changes["description"] == ("Gesprek over huiswerk", "Gesprek met ouders")
    assert revision.changes["urgent"] == ("nee", "ja")


async def test_edit_changes_the_body_and_the_access_within_the_rules(
    bot: DialogBot, school: School, entry: Entry,
) -> None:
    chat = bot.chat(MENTOR)
    await chat.conversation(f"bewerk {entry.id}", "Velden", "Nieuwe tekst.", "Toegang")
    refused, ask_again = await chat.say("mentor, MT")
    assert refused.is_("ACCESS_NOT_CHOOSABLE", form=INFO, groups="MT")
    assert ask_again.starts_with("ASK_ACCESS")
    await chat.conversation("mentor, LOB", "voltooien")
    [saved] = school.entries()
    assert saved.fields == {"body": "Nieuwe tekst."}
    assert {role.value for role in saved.access} == {"mentor", "lob"}


async def test_nothing_changed_saves_no_revision(
    bot: DialogBot, school: School, entry: Entry,
) -> None:
    replies = await bot.chat(MENTOR).conversation(f"bewerk {entry.id}", "voltooien")
    assert replies[-1].is_("EDIT_UNCHANGED")
    assert school.uow.entries.revised == []


async def test_a_reader_who_may_not_edit_is_told_so_and_a_stranger_finds_nothing(
    bot: DialogBot, entry: Entry,
) -> None:
    [leader] = await bot.chat(TEAMLEIDER).say(f"bewerk {entry.id}")  # reads; a mentor wrote it
    assert leader.is_("NOT_EDITABLE")
    [docent] = await bot.chat(DOCENT).say(f"bewerk {entry.id}")  # not ticked: not there at all
    assert docent.is_("ENTRY_NOT_FOUND")
    [unknown] = await bot.chat(TEAMLEIDER).say("bewerk 00000000-no-such-form")
    assert unknown.is_("ENTRY_NOT_FOUND")
    [no_id] = await bot.chat(MENTOR).say("bewerk")
    assert no_id.is_("ASK_EDIT_ID")


async def test_the_edit_button_of_the_details_card_starts_the_edit(
    bot: DialogBot, entry: Entry,
) -> None:
    chat = bot.chat(MENTOR)
    await chat.say("logboek Jan de Vries")
    [details] = await chat.say("details 1")
    [menu] = await chat.submit(details.button(chat.text("BUTTON_EDIT")))
    assert menu.says("EDIT_WHICH", form=INFO, student="Jan de Vries")


async def test_an_english_user_edits_in_english(bot: DialogBot, entry: Entry) -> None:
    chat = bot.chat(MENTOR, locale="en-US")
    [menu] = await chat.say(f"edit {entry.id}")
    assert menu.says("EDIT_WHICH", form=INFO, student="Jan de Vries")
    assert "**Description**: Gesprek over huiswerk" in menu.text
    [question] = await chat.say("Description")
    assert question.starts_with("ASK_DESCRIPTION")
    await chat.say("A talk with the parents")
    [done] = await chat.say("finish")
    assert done.is_("EDIT_SAVED") and done.text == "Saved; the previous version is kept."
