"""`snel formulier`: the whole form on one card; a refusal brings the card back filled in."""

from __future__ import annotations

from datetime import date

from domain.forms import FormType
from tests.dialogs.driver import DialogBot
from tests.dialogs.school import School
from tests.support.school import MENTOR

FILLED = {"form": "informatie", "description": "Gesprek over *rooster*",
          "expiry": "2028-07-31", "urgent": "true", "body": "Alles op één kaart."}


async def test_an_english_mentor_saves_a_form_from_one_card(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR, locale="en-US")
    [card] = await chat.say("quick form Jan de Vries")
    assert card.starts_with("QUICK_CARD", student="Jan de Vries")
    assert {element["id"] for element in card.cards[0]["body"]} == set(FILLED)
    [saved] = await chat.submit({**FILLED, "text": ""})
    assert saved.starts_with("SAVED", student="Jan de Vries")
    [entry] = school.entries()
    assert entry.form_type is FormType.INFORMATIE and entry.urgent
    assert entry.description == "Gesprek over *rooster*"
    assert entry.expires_on.isoformat() == "2028-07-31"


async def test_a_refused_card_comes_back_filled_in_with_the_reason(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    await chat.say("snel formulier 100001")
    refused, again = await chat.submit({**FILLED, "expiry": "2020-01-01", "text": ""})
    assert refused.says("DATE_IN_PAST", day=date(2020, 1, 1))
    values = {e["id"]: e.get("value") for e in again.cards[0]["body"]}
    assert values["description"] == FILLED["description"]
    assert school.entries() == []
    typed, card = await chat.say("een getypte tekst")
    assert typed.is_("QUICK_USE_CARD") and card.starts_with("QUICK_CARD")


async def test_quick_form_needs_exactly_one_student(bot: DialogBot) -> None:
    [reply] = await bot.chat(MENTOR).say("snel formulier 2A")
    assert reply.is_("QUICK_NEEDS_ONE")
