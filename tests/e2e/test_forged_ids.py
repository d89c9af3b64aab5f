"""Forged card submits and ids: a student, form type or entry the user may not have gets the
same polite answer as one that does not exist, and nothing is written."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from domain.forms import FormType
from storage.tables import AuditRow, EntryRow, RevisionRow
from tests.e2e.logbook_school import School, school_with_jans_forms
from tests.support.bot import Clock
from tests.support.connector import Sent
from tests.support.school import DOCENT, MENTOR, ZUID_DOCENT, Person

NO_SUCH_ENTRY = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
async def school(school_url: str, clock: Clock) -> AsyncIterator[School]:
    async with school_with_jans_forms(school_url, clock) as school:
        yield school


async def _written(school: School) -> tuple[int, int, int]:
    """Entries, revisions and write/edit audit rows: what a forged request must not change."""
    async with school.engine.connect() as connection:
        entries = await connection.scalar(select(func.count()).select_from(EntryRow))
        revisions = await connection.scalar(select(func.count()).select_from(RevisionRow))
        writes = await connection.scalar(select(func.count()).where(
            AuditRow.action.in_(("write", "edit"))))
    return int(entries or 0), int(revisions or 0), int(writes or 0)


def _texts(sent: list[Sent]) -> list[str]:
    return [s.text for s in sent]


def _entry_of(school: School, form: FormType) -> str:
    return next(entry_id for entry_id, kind in school.forms.items() if kind is form)


async def _add_form_answer(school: School, person: Person, value: dict[str, str]) -> list[str]:
    await school.client.say(person, "annuleer")
    await school.client.say(person, "nieuw formulier")
    return _texts(await school.client.submit(person, value))


@pytest.mark.parametrize("person, forged", [
    (DOCENT, "100004"),       # a student of a class she does not teach
    (ZUID_DOCENT, "100001"),  # a student at another location
])
async def test_a_forged_student_number_is_answered_as_unknown(
    school: School, person: Person, forged: str,
) -> None:
    before = await _written(school)
    as_forged = await _add_form_answer(school, person, {"text": forged})
    as_unknown = await _add_form_answer(school, person, {"text": "999999"})
    assert [t.replace(forged, "?") for t in as_forged] == \
        [t.replace("999999", "?") for t in as_unknown]
    forged_choice = await _add_form_answer(school, person, {"text": "", "choice": forged})
    unknown_choice = await _add_form_answer(school, person, {"text": "", "choice": "999999"})
    assert forged_choice == unknown_choice and forged_choice
    assert await _written(school) == before


async def test_a_forged_form_type_is_not_a_choice(school: School) -> None:
    before = await _written(school)
    client = school.client
    answers = []
    for choice in (FormType.INCIDENT.value, "no-such-form"):  # mentors may not add incidents
        await client.say(MENTOR, "nieuw formulier Jan de Vries")
        answers.append(_texts(await client.submit(MENTOR, {"text": "", "choice": choice})))
        await client.say(MENTOR, "annuleer")
    forged, unknown = answers
    assert forged == unknown and forged
    assert await _written(school) == before


@pytest.mark.parametrize("command", ["details", "bewerk"])
@pytest.mark.parametrize("person, form", [
    (MENTOR, FormType.INCIDENT),         # Jan's mentor, but incidents are for the teamleider
    (ZUID_DOCENT, FormType.INFORMATIE),  # not involved with Jan at all
])
async def test_an_entry_id_the_user_may_not_read_is_not_found(
    school: School, command: str, person: Person, form: FormType,
) -> None:
    before = await _written(school)
    forbidden = await school.client.say(person, f"{command} {_entry_of(school, form)}")
    unknown = await school.client.say(person, f"{command} {NO_SUCH_ENTRY}")
    assert forbidden == unknown and len(forbidden) == 1
    assert await _written(school) == before
