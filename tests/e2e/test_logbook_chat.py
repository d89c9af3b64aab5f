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
from tests.support.school import DOCENT, MENTOR, MT, TEAMLEIDER, VC, ZORG, ZUID_DOCENT, Person

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


def shown_ids(card: dict[str, Any]) -> list[str]:
    """The entry ids on a logbook card, in the order shown (each title opens its details)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            text = (node.get("selectAction") or {}).get("data", {}).get("text", "")
            if text.startswith("details "):
                found.append(text.removeprefix("details "))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card["body"])
    return found


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


async def test_a_teacher_at_another_location_does_not_find_jan(school: School) -> None:
    assert (await school.client.say(ZUID_DOCENT, "logboek 100001")
            == await school.client.say(ZUID_DOCENT, "logboek 999999"))


async def test_several_matches_give_a_choice_whose_buttons_open_the_logbook(
    school: School,
) -> None:
    [sent] = await logbook(school.client, TEAMLEIDER, "Jan")
    [card] = sent.cards
    buttons = [a["data"]["text"] for e in card["body"] if e["type"] == "Container"
               for block in e["items"] if block["type"] == "ActionSet" for a in block["actions"]]
    assert sorted(buttons) == ["logboek 100001", "logboek 100004"]
    [opened] = await school.client.submit(TEAMLEIDER, {"text": "logboek 100001"})
    assert "Logboek Jan de Vries" in str(opened.cards[0]["body"])


async def test_a_typo_gets_the_closest_names_the_user_may_see(school: School) -> None:
    [sent] = await logbook(school.client, MENTOR, "Fatma El Amrani")
    [card] = sent.cards
    assert "Bedoel je" in card["body"][0]["text"]
    assert "logboek 100002" in str(card["body"])


async def test_show_logbook_for_in_english(school: School) -> None:
    sent = await school.client.send(teams.message(
        MENTOR, school.client.connector.url, "show logbook for Jan de Vries", locale="en-GB"))
    [card] = sent[0].cards
    assert card["body"][0]["text"] == "Logbook Jan de Vries"
    assert "Who is working with Jan now" in str(card["body"])


async def test_without_a_student_the_command_explains_itself(school: School) -> None:
    [reply] = await school.client.say(MENTOR, "logboek")
    assert "logboek Jan de Vries" in reply and "inclusief verlopen" in reply
    [reply] = await school.client.say(MENTOR, "details")
    assert "details 1" in reply
    await school.client.say(MENTOR, "logboek 100001")
    [reply] = await school.client.say(MENTOR, "details 42")
    assert reply.startswith("Er staat geen formulier 42 op deze pagina")
