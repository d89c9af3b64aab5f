"""Manual signals: a verzuimcoördinator, the IOT or the student's mentor raises them."""

from __future__ import annotations

from datetime import date

import pytest

from domain.absence.manual import ManualTopic, NotAllowed, manual_signal, parse_topic
from domain.roles import Role
from domain.school import Staff, Student
from tests.unit.absence_helpers import PROTOCOL

STUDENT = Student("100", "Jan", "de Vries", "2A", "noord", mentors=frozenset({"m1"}))
TODAY = date(2026, 10, 5)


def staff(role: Role, id: str = "s1", location: str = "noord") -> Staff:
    return Staff(id, "Test", "t@school.nl", frozenset({role}), location)


@pytest.mark.parametrize(("who", "allowed"), [
    (staff(Role.VERZUIMCOORDINATOR), True),
    (staff(Role.VERZUIMCOORDINATOR, location="zuid"), False),
    (staff(Role.MENTOR, id="m1"), True),
    (staff(Role.MENTOR, id="m2"), False),
    (staff(Role.IOT), True),
    (staff(Role.TEAMLEIDER), False),
    (staff(Role.DOCENT), False),
])
def test_who_may_raise_a_manual_signal(who: Staff, allowed: bool) -> None:
    if allowed:
        signal = manual_signal(who, STUDENT, ManualTopic.UNCLEAR_ILLNESS, PROTOCOL, TODAY)
        assert (signal.rule, signal.threshold) == ("manual", 1)
        assert signal.window_key == "ziektebeeld onduidelijk:2026-10-05"
    else:
        with pytest.raises(NotAllowed):
            manual_signal(who, STUDENT, ManualTopic.UNCLEAR_ILLNESS, PROTOCOL, TODAY)


def test_special_arrangements_go_to_mentor_iot_and_coordinator() -> None:
    signal = manual_signal(staff(Role.MENTOR, id="m1"), STUDENT,
                           ManualTopic.SPECIAL_ARRANGEMENTS, PROTOCOL, TODAY)
    assert signal.recipients == {Role.MENTOR, Role.IOT, Role.VERZUIMCOORDINATOR}


@pytest.mark.parametrize(("text", "topic"), [
    ("ziektebeeld onduidelijk", ManualTopic.UNCLEAR_ILLNESS),
    ("  Bijzondere   Afspraken ", ManualTopic.SPECIAL_ARRANGEMENTS),
    ("Zorgen", ManualTopic.CONCERNS),
    ("veel ongeoorloofd", ManualTopic.MUCH_UNAUTHORIZED),
    ("combinatie", ManualTopic.COMBINATION),
    ("iets anders", None),
])
def test_topics_are_read_from_chat_text(text: str, topic: ManualTopic | None) -> None:
    assert parse_topic(text) is topic
