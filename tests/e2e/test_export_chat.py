"""`export <student>` through the real app: the file consent card, Teams' accept invoke,
the upload to the URL Teams gives, the file info card; and who may export at all."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from dialogs.texts import say
from domain.forms import FormType
from tests.e2e.logbook_school import School, audit_rows, school_with_jans_forms
from tests.support import teams
from tests.support.bot import Clock
from tests.support.connector import Sent
from tests.support.school import DOCENT, MT, TEAMLEIDER, ZORG, Person

CONSENT = "application/vnd.microsoft.teams.card.file.consent"
FILE_INFO = "application/vnd.microsoft.teams.card.file.info"


@pytest.fixture
async def school(school_url: str, clock: Clock) -> AsyncIterator[School]:
    async with school_with_jans_forms(school_url, clock) as school:
        yield school


def consent_of(sent: list[Sent]) -> dict[str, Any]:
    [attachment] = [a for s in sent for a in s.body.get("attachments") or []
                    if a["contentType"] == CONSENT]
    return attachment  # type: ignore[no-any-return]


async def answer(school: School, person: Person, consent: dict[str, Any],
                 action: str) -> list[Sent]:
    name = consent["name"]
    context = consent["content"]["acceptContext"]
    return await school.client.send(teams.file_consent(
        person, school.client.connector.url, action, context,
        upload_url=school.client.connector.upload_url(name), name=name))


@pytest.mark.parametrize("person", [TEAMLEIDER, MT, ZORG], ids=lambda p: p.roles)
async def test_the_file_is_offered_uploaded_on_accept_and_shown(
    school: School, person: Person,
) -> None:
    offer = await school.client.send(teams.message(person, school.client.connector.url,
                                                   "export Jan de Vries"))
    assert say("nl", "RECIPIENTS_PARENTS") in offer[0].text  # Jan is 14
    consent = consent_of(offer)
    assert consent["name"].startswith("dossier-100001-") and consent["name"].endswith(".html")
    size = consent["content"]["sizeInBytes"]
    done = await answer(school, person, consent, "accept")
    upload = school.client.connector.uploads[consent["name"]]
    assert len(upload.content) == size and upload.content_range == f"bytes 0-{size - 1}/{size}"
    html = upload.content.decode("utf-8")
    assert "Leerlingdossier Jan de Vries" in html
    [info] = [a for s in done for a in s.body.get("attachments") or []]
    assert info["contentType"] == FILE_INFO and info["name"] == consent["name"]
    assert info["contentUrl"].startswith("https://")
    [export] = await audit_rows(school.engine, person, "export")
    assert export.student_number == "100001"
    exported = {school.forms[entry_id] for entry_id in export.detail["entry_ids"]}
    assert exported == set(school.forms.values()) - LEFT_OUT[person.roles]


# What each exporter may not read of Jan's file (DOMAIN.md §1-2), and who can export it.
F = FormType
LEFT_OUT = {
    "teamleider": {F.INFORMATIE, F.VERZUIMADMINISTRATIE},  # the docent's note: mentor only
    "mt": {F.INFORMATIE, F.INCIDENT, F.VERZUIMADMINISTRATIE},
    "zorgondersteuning": {F.INFORMATIE, F.INCIDENT, F.VERZUIMADMINISTRATIE},
}


@pytest.mark.parametrize(("person", "says"), [
    (MT, "- 1 × Incidentregistratie (meldcode): te exporteren door teamleider"),
    (ZORG, "- 1 × Verzuimadministratie - informatie: door geen rol die mag exporteren te lezen"),
    (TEAMLEIDER, "- 1 × Docent/mentor/teamleider - informatie: door geen rol die mag"),
], ids=lambda value: getattr(value, "roles", "says"))
async def test_the_offer_says_what_the_export_leaves_out_and_who_can_export_it(
    school: School, person: Person, says: str,
) -> None:
    offer = await school.client.send(teams.message(person, school.client.connector.url,
                                                   "export Jan de Vries"))
    assert "Niet in deze export (je mag ze niet lezen):" in offer[0].text
    assert says in offer[0].text
    html = await _accepted_html(school, person, offer)
    assert "Niet in deze export" in html


async def test_the_english_offer_says_what_is_left_out(school: School) -> None:
    offer = await school.client.send(teams.message(MT, school.client.connector.url,
                                                   "export Jan de Vries", locale="en-US"))
    assert "Not in this export (you may not read them):" in offer[0].text
    assert "- 1 × Incidentregistratie (meldcode): can be exported by team leader" in offer[0].text


async def _accepted_html(school: School, person: Person, offer: list[Sent]) -> str:
    consent = consent_of(offer)
    await answer(school, person, consent, "accept")
    return school.client.connector.uploads[consent["name"]].content.decode("utf-8")


async def test_declining_uploads_nothing_and_says_so(school: School) -> None:
    offer = await school.client.send(teams.message(TEAMLEIDER, school.client.connector.url,
                                                   "export 100001"))
    done = await answer(school, TEAMLEIDER, consent_of(offer), "decline")
    assert [s.text for s in done] == [say("nl", "DECLINED")]
    assert school.client.connector.uploads == {}


async def test_an_offer_is_for_the_one_who_asked_it(school: School) -> None:
    offer = await school.client.send(teams.message(TEAMLEIDER, school.client.connector.url,
                                                   "export 100001"))
    await answer(school, DOCENT, consent_of(offer), "accept")
    assert school.client.connector.uploads == {}  # a docent may not export: made again, refused


async def test_a_failed_upload_is_reported(school: School) -> None:
    offer = await school.client.send(teams.message(MT, school.client.connector.url,
                                                   "export 100001"))
    school.client.connector.fail_next(500)
    done = await answer(school, MT, consent_of(offer), "accept")
    assert done[0].text == say("nl", "UPLOAD_FAILED", number="100001")


async def test_after_a_restart_the_accepted_file_is_made_again_and_audited(
    school: School,
) -> None:
    offer = await school.client.send(teams.message(ZORG, school.client.connector.url,
                                                   "export 100001"))
    consent = consent_of(offer)
    consent["content"]["acceptContext"]["offer"] = "forgotten-by-a-restart"
    await answer(school, ZORG, consent, "accept")
    assert "Jan de Vries" in school.client.connector.uploads[consent["name"]].content.decode()
    assert len(await audit_rows(school.engine, ZORG, "export")) == 2
