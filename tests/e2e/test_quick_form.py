"""`snel formulier`: the whole form on one card, saved by write_entry like the guided one."""

from __future__ import annotations

from domain.forms import FormType
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
    assert saved.text.startswith("Opgeslagen")
    [entry] = await saved_entries(school_url)
    assert entry.form_type is FormType.INFORMATIE and entry.urgent
    assert entry.description == "Gesprek over *rooster*"
    assert entry.expires_on.isoformat() == "2028-07-31"
    assert entry.access == frozenset({Role.MENTOR, Role.TEAMLEIDER})  # a mentor's pre-ticks


async def test_a_refused_card_comes_back_filled_in_with_the_reason(
    client: BotClient, school_url: str,
) -> None:
    await client.say(MENTOR, "snel formulier 100001")
    refused, again = await client.submit(MENTOR, {**FILLED, "expiry": "2020-01-01", "text": ""})
    assert "ligt in het verleden" in refused.text
    values = {e["id"]: e.get("value") for e in again.cards[0]["body"]}
    assert values["description"] == FILLED["description"]
    assert await saved_entries(school_url) == []
    typed, _card = await client.say(MENTOR, "een getypte tekst")
    assert typed.startswith("Vul de kaart in")


async def test_quick_form_needs_exactly_one_student(client: BotClient) -> None:
    [reply] = await client.say(MENTOR, "snel formulier 2A")
    assert reply.startswith("Noem één leerling")
