"""`logboek <student>` through the real app: each role sees exactly what the access table
allows, students outside their circle do not exist for them, and every view is audited."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from domain.forms import FormType
from tests.e2e.logbook_school import School, audit_rows, school_with_jans_forms
from tests.support import teams
from tests.support.bot import BotClient, Clock
from tests.support.connector import Sent
from tests.support.logbook_cards import shown_ids
from tests.support.school import DOCENT, MENTOR, MT, TEAMLEIDER, VC, ZORG, Person

F = FormType

# DOMAIN.md §1, read by hand: the forms each role reads of a student they are involved with.
SEES: dict[str, set[FormType]] = {
    # The docent wrote Jan's Informatie with a docent's pre-tick (mentor): the author and
    # the mentor read it, nobody else (DOMAIN.md §1, Decision (revised)).
    DOCENT.staff_id: {F.INFORMATIE, F.STAGE, F.ONDERWIJSBEGELEIDING, F.LOB},
    MENTOR.staff_id: {F.MENTORAAT, F.INFORMATIE, F.VOORTGANG, F.ZORG_START,
                      F.VERANTWOORDING_VERZUIM, F.STAGE, F.ONDERWIJSBEGELEIDING, F.LOB},
    TEAMLEIDER.staff_id: {F.MENTORAAT, F.VOORTGANG, F.ZORG_START,
                          F.VERANTWOORDING_VERZUIM, F.INCIDENT, F.STAGE,
                          F.ONDERWIJSBEGELEIDING, F.LOB},
    ZORG.staff_id: {F.MENTORAAT, F.VOORTGANG, F.ZORG_START,
                    F.VERANTWOORDING_VERZUIM, F.STAGE, F.ONDERWIJSBEGELEIDING, F.LOB},
    VC.staff_id: {F.VERANTWOORDING_VERZUIM, F.VERZUIMADMINISTRATIE},
    MT.staff_id: {F.MENTORAAT, F.VOORTGANG, F.ZORG_START, F.VERANTWOORDING_VERZUIM,
                  F.STAGE, F.ONDERWIJSBEGELEIDING, F.LOB},
}
ROLES = (DOCENT, MENTOR, TEAMLEIDER, ZORG, VC, MT)
# For each role: a student of the school they are not involved with, and a name like it
# that nobody has.
OUTSIDE = {DOCENT.staff_id: ("Sven Çelik", "Sven Celikk", "100003"),
           MENTOR.staff_id: ("Jan Vermeulen", "Jan Vermeulem", "100004")}
ELSEWHERE = ("Lotte de Vries", "Lotte de Vriez", "200001")  # at the other location


@pytest.fixture
async def school(school_url: str, clock: Clock) -> AsyncIterator[School]:
    async with school_with_jans_forms(school_url, clock) as school:
        yield school


async def logbook(client: BotClient, person: Person, args: str) -> list[Sent]:
    return await client.send(_message(client, person, f"logboek {args}"))


def answer(sent: list[Sent]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(s.text, s.cards) for s in sent]


def _message(client: BotClient, person: Person, text: str) -> dict[str, Any]:
    return teams.message(person, client.connector.url, text)


@pytest.mark.parametrize("person", ROLES, ids=lambda p: p.roles)
async def test_each_role_sees_exactly_the_forms_the_access_table_allows(
    school: School, person: Person,
) -> None:
    [sent] = await logbook(school.client, person, "Jan de Vries")
    [card] = sent.cards
    shown = shown_ids(card)
    assert {school.forms[entry_id] for entry_id in shown} == SEES[person.staff_id]
    assert len(shown) == len(SEES[person.staff_id])
    reads = await audit_rows(school.engine, person, "read")
    [read] = [row for row in reads if "entry_ids" in row.detail]
    assert read.student_number == "100001" and read.detail["entry_ids"] == shown
    # The absence picture is a read of its own, for those who may see absence (not a docent).
    pictures = [row for row in reads if "absence_overview" in row.detail]
    assert len(pictures) == (0 if person is DOCENT else 1) == len(reads) - 1


@pytest.mark.parametrize("person", ROLES, ids=lambda p: p.roles)
async def test_a_student_outside_the_circle_is_answered_as_one_who_does_not_exist(
    school: School, person: Person,
) -> None:
    existing, made_up, number = OUTSIDE.get(person.staff_id, ELSEWHERE)
    outside = await logbook(school.client, person, existing)
    nobody = await logbook(school.client, person, made_up)
    assert answer(outside) == answer(nobody) and len(nobody) == 1
    assert (answer(await logbook(school.client, person, number))
            == answer(await logbook(school.client, person, "999999")))
    assert await audit_rows(school.engine, person, "read") == []


