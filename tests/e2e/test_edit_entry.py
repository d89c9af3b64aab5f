"""Editing a form from chat (`bewerk <id>`): the rules of edit_entry, a revision kept."""

from __future__ import annotations

from tests.e2e.logbook_checks import saved_entries, saved_revisions
from tests.e2e.test_add_form import INFO_TO_SUMMARY, conversation
from tests.support import teams
from tests.support.bot import BotClient
from tests.support.school import DOCENT, MENTOR, TEAMLEIDER


async def _add_information_form(client: BotClient, school_url: str) -> str:
    await conversation(client, MENTOR, [*INFO_TO_SUMMARY, "opslaan"])
    [entry] = await saved_entries(school_url)
    return entry.id


async def test_the_author_edits_description_and_urgency_and_a_revision_is_kept(
    client: BotClient, school_url: str,
) -> None:
    entry_id = await _add_information_form(client, school_url)
    [menu] = await client.say(MENTOR, f"bewerk {entry_id}")
    assert "**Omschrijving**: Gesprek over huiswerk" in menu and "**voltooien**" in menu
    await conversation(client, MENTOR, ["Omschrijving", "Gesprek met ouders", "Let op"])
    [menu] = await client.say(MENTOR, "ja")
    assert "**Omschrijving**: Gesprek met ouders" in menu and "**Let op**: ja" in menu
    [done] = await client.say(MENTOR, "voltooien")
    assert done == "Opgeslagen; de vorige versie is bewaard."
    [entry] = await saved_entries(school_url)
    assert entry.description == "Gesprek met ouders" and entry.urgent
    [revision] = await saved_revisions(school_url, entry_id)
    assert revision.revised_by == MENTOR.staff_id
    assert revision.changes["description"] == ("Gesprek over huiswerk", "Gesprek met ouders")
    assert revision.changes["urgent"] == ("nee", "ja")


async def test_edit_changes_the_body_and_the_access_within_the_rules(
    client: BotClient, school_url: str,
) -> None:
    entry_id = await _add_information_form(client, school_url)
    await conversation(client, MENTOR, [f"bewerk {entry_id}", "Velden", "Nieuwe tekst.",
                                        "Toegang"])
    refused, _ask_again = await client.say(MENTOR, "mentor, MT")
    assert "MT" in refused
    await conversation(client, MENTOR, ["mentor, LOB", "voltooien"])
    [entry] = await saved_entries(school_url)
    assert entry.fields == {"body": "Nieuwe tekst."}
    assert {role.value for role in entry.access} == {"mentor", "lob"}


async def test_nothing_changed_saves_no_revision(client: BotClient, school_url: str) -> None:
    entry_id = await _add_information_form(client, school_url)
    replies = await conversation(client, MENTOR, [f"bewerk {entry_id}", "voltooien"])
    assert replies[-1] == "Er is niets veranderd."
    assert await saved_revisions(school_url, entry_id) == []


async def test_a_reader_who_may_not_edit_is_told_so_and_a_stranger_finds_nothing(
    client: BotClient, school_url: str,
) -> None:
    entry_id = await _add_information_form(client, school_url)  # the mentor's pre-ticks
    [leader] = await client.say(TEAMLEIDER, f"bewerk {entry_id}")  # reads; a mentor wrote it
    assert leader == "Je mag dit formulier lezen, maar niet bewerken."
    [docent] = await client.say(DOCENT, f"bewerk {entry_id}")  # not ticked: not there at all
    assert docent == "Dat formulier is niet gevonden."
    [unknown] = await client.say(TEAMLEIDER, "bewerk 00000000-no-such-form")
    assert unknown == "Dat formulier is niet gevonden."


async def test_the_bewerken_button_of_the_details_card_starts_the_edit(
    client: BotClient, school_url: str,
) -> None:
    await _add_information_form(client, school_url)
    await client.say(MENTOR, "logboek Jan de Vries")
    details = await client.send(teams.message(MENTOR, client.connector.url, "details 1"))
    edit = next(a["data"] for a in details[-1].cards[0]["actions"]
                if a["data"]["text"].startswith("bewerk "))
    [menu] = [s.text for s in await client.submit(MENTOR, edit)]
    assert "Wat wil je veranderen" in menu
