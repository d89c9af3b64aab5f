"""The message action finds the student the chat finds: for the same name, a message
"Jan was vandaag erg onrustig in de les" from a colleague picks whom `logboek jan` picks
(the same index, the same ranking), and offers the same choice when the name is ambiguous."""

from __future__ import annotations

import pytest

from dialogs.understanding import intents as i
from domain.services.students_in_text import students_named_in
from storage.demo import accounts
from tests.unit.fakes import FakeUnitOfWork
from tests.unit.test_understanding_corpus import NAMES, SCHOOL, VIEWERS, outcome
from tests.unit.understanding_corpus import CHOICE

UOW_STAFF = (accounts.DEMO_MENTOR, accounts.DEMO_DOCENT, accounts.DEMO_TEAMLEIDER)


@pytest.mark.parametrize(("who", "typed", "message", "expected"), [
    ("M", "jan", "Jan was vandaag erg onrustig in de les", "Jan de Vries"),
    ("M", "lars", "Lars had zijn huiswerk weer niet bij zich.", CHOICE),  # two mentees
    ("M", "jna de vries", "Jna de Vries kwam een half uur te laat binnen", "Jan de Vries"),
    ("M", "elif jansen", "Gesprek gehad met Elif Jansen over haar cijfers", "Elif Janssen"),
    ("M", "van den broek", "Kun je even kijken? Van den Broek mist veel.", "Jesse van den Broek"),
    ("T", "jan", "Jan was vandaag erg onrustig in de les", CHOICE),  # the location's Jans
    ("D", "lucas", "Ik heb Lucas uit de les gestuurd", CHOICE),
])
async def test_the_message_action_picks_whom_the_chat_picks(
    who: str, typed: str, message: str, expected: str | None,
) -> None:
    viewer = VIEWERS[who]
    intent, picked, ranked = outcome(who, f"logboek {typed}")
    assert intent == i.LOGBOOK and ranked is not None
    named = await students_named_in(viewer, message, FakeUnitOfWork(UOW_STAFF, SCHOOL.students),
                                    NAMES)
    if picked == CHOICE:
        assert named.the_one is None
        assert named.students == ranked.students[:10] and len(named.students) > 1
    else:
        assert named.the_one is not None and named.the_one.number == picked
    if expected == CHOICE:
        assert picked == CHOICE
    else:
        assert named.the_one is not None and named.the_one.full_name == expected
