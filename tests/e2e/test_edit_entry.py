"""Editing a form from chat (`bewerk <id>`): the rules of edit_entry, a revision kept."""

from __future__ import annotations

from dialogs.texts import say
from tests.e2e.logbook_checks import saved_entries, saved_revisions
from tests.e2e.test_add_form import INFO, INFO_TO_SUMMARY, conversation
from tests.support.bot import BotClient
from tests.support.school import MENTOR


async def _add_information_form(client: BotClient, school_url: str) -> str:
    await conversation(client, MENTOR, [*INFO_TO_SUMMARY, "opslaan"])
    [entry] = await saved_entries(school_url)
    return entry.id


async def test_the_author_edits_description_and_urgency_and_a_revision_is_kept(
    client: BotClient, school_url: str,
) -> None:
    entry_id = await _add_information_form(client, school_url)
    [menu] = await client.say(MENTOR, f"bewerk {entry_id}")
    assert "**Omschrijving**: Gesprek over huiswerk" in menu
    assert say("nl", "EDIT_WHICH", form=INFO, student="Jan de Vries") in menu
    await conversation(client, MENTOR, ["Omschrijving", "Gesprek met ouders", "Let op"])
    [menu] = await client.say(MENTOR, "ja")
    assert "**Omschrijving**: Gesprek met ouders" in menu and "**Let op**: ja" in menu
    [done] = await client.say(MENTOR, "voltooien")
    assert done == say("nl", "EDIT_SAVED")
    [entry] = await saved_entries(school_url)
    assert entry.description == "Gesprek met ouders" and entry.urgent
    [revision] = await saved_revisions(school_url, entry_id)
    assert revision.revised_by == MENTOR.staff_id
    assert revision.changes["description"] == ("Gesprek over huiswerk", "Gesprek met ouders")
    assert revision.changes["urgent"] == ("nee", "ja")


