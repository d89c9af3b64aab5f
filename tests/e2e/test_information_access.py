"""Through the real app: an Informatie form is read by its author and the groups ticked only
(pre-ticked by the author's role), and a second Mentoraat is refused with an offer to edit
the first (DOMAIN.md §1)."""

from __future__ import annotations

from tests.e2e.logbook_checks import saved_entries
from tests.e2e.test_add_form import conversation
from tests.support.bot import BotClient
from tests.support.school import DOCENT, MENTOR, TEAMLEIDER, ZORG

CARE_NOTE = ["nieuw formulier Jan de Vries", "2", "Thuissituatie", "alles standaard",
             "Alleen voor zorg.", "opslaan"]


async def test_a_care_note_is_read_by_care_staff_only(
    client: BotClient, school_url: str,
) -> None:
    replies = await conversation(client, ZORG, CARE_NOTE)
    assert "Opgeslagen" in replies[-1]
    [entry] = await saved_entries(school_url)
    assert {role.value for role in entry.access} == {"zorgondersteuning"}
    [own] = await client.send_text(ZORG, "logboek Jan de Vries")
    assert "Thuissituatie" in str(own.cards)
    for reader in (DOCENT, MENTOR, TEAMLEIDER):
        [view] = await client.send_text(reader, "logboek Jan de Vries")
        assert "Thuissituatie" not in str(view.cards), reader.roles
        [details] = await client.say(reader, f"bewerk {entry.id}")
        assert details == "Dat formulier is niet gevonden."


MENTORAAT = ["nieuw formulier Jan de Vries", "Mentoraat (startinformatie/overdracht)",
             "alles standaard", "Start op school.", "opslaan"]


async def test_a_second_mentoraat_is_refused_with_an_offer_to_edit_the_first(
    client: BotClient, school_url: str,
) -> None:
    assert "Opgeslagen" in (await conversation(client, MENTOR, MENTORAAT))[-1]
    [first] = await saved_entries(school_url)
    await conversation(client, ZORG, MENTORAAT[:-1])
    [offer] = await client.send_text(ZORG, "opslaan")
    [card] = offer.cards
    assert "Jan de Vries heeft al een 'Mentoraat" in str(card)
    assert "Wil je dat formulier bewerken?" in str(card)
    assert {"type": "Action.Submit", "title": "Bewerk",
            "data": {"text": f"bewerk {first.id}"}} in card["actions"]
    assert len(await saved_entries(school_url)) == 1
    edit = await client.submit(ZORG, {"text": f"bewerk {first.id}"})  # zorg completes it
    assert edit and "niet gevonden" not in str(edit[0].body)


async def test_the_english_offer_to_edit_the_existing_mentoraat(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, MENTOR, MENTORAAT)
    await conversation(client, MENTOR, MENTORAAT[:-1], locale="en-US")
    [offer] = await client.send_text(MENTOR, "opslaan", locale="en-US")
    assert "already has a 'Mentoraat" in str(offer.cards)
    assert "Do you want to edit that form?" in str(offer.cards)
