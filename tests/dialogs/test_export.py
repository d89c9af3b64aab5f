"""`export <student>`: the offer (text, file consent card, the document waiting for consent)
for the roles that may export, and a refusal for the others. Teams' accept and decline come
as invokes to the handler: tests/e2e/test_export_chat.py."""

from __future__ import annotations

from typing import Any

import pytest

from domain.forms import FormType
from tests.dialogs.driver import DialogBot
from tests.dialogs.school import School
from tests.support.school import DOCENT, MENTOR, MT, TEAMLEIDER, VC, ZORG, Person

CONSENT = "application/vnd.microsoft.teams.card.file.consent"
F = FormType
# What each exporter may not read of Jan's file (DOMAIN.md §1-2): not in the export.
LEFT_OUT = {
    "teamleider": {F.INFORMATIE, F.VERZUIMADMINISTRATIE},  # the docent's note: mentor only
    "mt": {F.INFORMATIE, F.INCIDENT, F.VERZUIMADMINISTRATIE},
    "zorgondersteuning": {F.INFORMATIE, F.INCIDENT, F.VERZUIMADMINISTRATIE},
}


@pytest.fixture
async def forms(school: School) -> dict[str, FormType]:
    return await school.write_jans_forms()


def consent_of(activity: Any) -> Any:
    [attachment] = [a for a in activity.attachments or [] if a.content_type == CONSENT]
    return attachment


@pytest.mark.parametrize("person", [TEAMLEIDER, MT, ZORG], ids=lambda p: p.roles)
async def test_the_readable_file_is_offered_and_the_export_audited(
    bot: DialogBot, school: School, forms: dict[str, FormType], person: Person,
) -> None:
    chat = bot.chat(person)
    offer, card = await chat.say("export Jan de Vries")
    readable = {i for i, form in forms.items() if form not in LEFT_OUT[person.roles]}
    assert offer.says("OFFER", name="Jan de Vries", count=len(readable))
    assert offer.says("RECIPIENTS_PARENTS")  # Jan is 14
    consent = consent_of(card.activity)
    assert consent.name.startswith("dossier-100001-") and consent.name.endswith(".html")
    assert consent.content.description == chat.text("CONSENT", name="Jan de Vries")
    token = consent.content.accept_context["offer"]
    waiting = bot.offers.take(token, person.staff_id, school.clock.current)
    assert waiting is not None and len(waiting.content) == consent.content.size_in_bytes
    assert "Leerlingdossier Jan de Vries" in waiting.content.decode("utf-8")
    [export] = school.audit(person, "export")
    assert export.student_number == "100001"
    assert set(export.detail["entry_ids"]) == readable


@pytest.mark.parametrize("person", [DOCENT, MENTOR, VC], ids=lambda p: p.roles)
async def test_other_roles_may_not_export(
    bot: DialogBot, school: School, forms: dict[str, FormType], person: Person,
) -> None:
    [refused] = await bot.chat(person).say("export Jan de Vries")
    assert refused.is_("EXPORT_NOT_ALLOWED")
    assert refused.activity.attachments in (None, [])
    assert school.audit(person, "export") == []


async def test_without_a_student_export_explains_itself(bot: DialogBot) -> None:
    [usage] = await bot.chat(TEAMLEIDER).say("export")
    assert usage.is_("EXPORT_USAGE")


async def test_the_offer_is_in_english_for_an_english_client(
    bot: DialogBot, forms: dict[str, FormType],
) -> None:
    chat = bot.chat(ZORG, locale="en-US")
    offer, card = await chat.say("export 100001")
    count = len(forms) - len(LEFT_OUT[ZORG.roles])
    assert offer.says("OFFER", name="Jan de Vries", count=count)
    assert offer.says("RECIPIENTS_PARENTS")
    assert consent_of(card.activity).content.description == chat.text("CONSENT",
                                                                      name="Jan de Vries")
