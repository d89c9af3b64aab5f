"""A prompt's "Verslag in logboek" button starts the add-form dialog with the form filled in."""

from __future__ import annotations

from tests.support.bot import BotClient
from tests.support.school import DOCENT, MENTOR

REPORT = {"text": "nieuw formulier 100001", "form_type": "informatie",
          "description": "9e keer te laat dit schooljaar", "student_number": "100001"}


async def test_the_report_button_skips_to_the_prefilled_description(client: BotClient) -> None:
    [question] = await client.submit(MENTOR, REPORT)
    inputs = [item for item in question.cards[0]["body"] if item.get("id") == "description"]
    assert inputs[0]["value"] == "9e keer te laat dit schooljaar"


async def test_a_form_type_the_user_may_not_write_is_asked_as_usual(client: BotClient) -> None:
    forged = {**REPORT, "form_type": "zorg_start"}
    [question] = await client.submit(DOCENT, forged)
    assert "Zorg: Startdocument" not in str(question.cards)
    assert "Docent/mentor/teamleider - informatie" in str(question.cards)
