"""Adding a form from chat, through the real app: the guided dialog for several roles."""

from __future__ import annotations

from domain.forms import FormType
from domain.roles import Role
from tests.e2e.logbook_checks import saved_entries
from tests.support.bot import BotClient
from tests.support.school import MENTOR, Person


async def conversation(client: BotClient, person: Person, messages: list[str]) -> list[str]:
    """Say each message in turn; every reply, in order."""
    replies: list[str] = []
    for text in messages:
        replies += await client.say(person, text)
    return replies


async def test_mentor_adds_an_information_form_with_all_defaults_in_six_messages(
    client: BotClient, school_url: str,
) -> None:
    messages = ["nieuw formulier Jan de Vries", "2", "Gesprek over huiswerk",
                "alles standaard", "Jan maakt zijn huiswerk weer elke dag.", "opslaan"]
    replies = await conversation(client, MENTOR, messages)
    assert len(messages) <= 7
    assert "Opgeslagen" in replies[-1], replies
    [entry] = await saved_entries(school_url)
    assert entry.form_type is FormType.INFORMATIE
    assert entry.description == "Gesprek over huiswerk"
    assert entry.author_id == MENTOR.staff_id and not entry.urgent
    assert entry.expires_on.isoformat() == "2027-07-31"
    assert entry.access == frozenset({Role.MENTOR, Role.TEAMLEIDER, Role.DOCENT})
    assert entry.fields == {"body": "Jan maakt zijn huiswerk weer elke dag."}
