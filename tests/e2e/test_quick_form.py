"""`snel formulier`: the whole form on one card, saved by write_entry like the guided one."""

from __future__ import annotations

from dialogs.texts import say
from domain.forms import CATALOGUE, FormType
from domain.roles import Role
from tests.e2e.logbook_checks import saved_entries
from tests.support import teams
from tests.support.bot import BotClient
from tests.support.school import MENTOR

FILLED = {"form": "informatie", "description": "Gesprek over *rooster*",
          "expiry": "2028-07-31", "urgent": "true", "body": "Alles op één kaart."}


async def test_a_mentor_saves_a_form_from_one_card_in_two_messages(
    client: BotClient, school_url: str,
) -> None:
    sent = await client.send(teams.message(MENTOR, client.connector.url,
                                           "snel formulier Jan de Vries"))
    [card] = sent[-1].cards
    assert {element["id"] for element in card["body"]} == set(FILLED)
    [saved] = await client.submit(MENTOR, {**FILLED, "text": ""})
    assert saved.text == say("nl", "SAVED", form=CATALOGUE[FormType.INFORMATIE].name,
                             student="Jan de Vries")
    [entry] = await saved_entries(school_url)
    assert entry.form_type is FormType.INFORMATIE and entry.urgent
    assert entry.description == "Gesprek over *rooster*"
    assert entry.expires_on.isoformat() == "2028-07-31"
    assert entry.access == frozenset({Role.MENTOR, Role.TEAMLEIDER})  # a mentor's pre-ticks


