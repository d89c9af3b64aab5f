"""Signals raised by hand: human judgement the engine does not compute (DOMAIN.md §3)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from domain.absence.ports import AbsenceUnitOfWork
from domain.absence.protocol import Protocol, RuleId
from domain.absence.record import record_signals
from domain.absence.signals import Firing, Signal, build_signal
from domain.access import may_raise_signal
from domain.school import Staff, Student, fold


class ManualTopic(StrEnum):
    UNCLEAR_ILLNESS = "ziektebeeld onduidelijk"
    SPECIAL_ARRANGEMENTS = "bijzondere afspraken"
    CONCERNS = "zorgen"  # the mentor's concerns: the coördinator leerlingzaken weighs in the IOT
    MUCH_UNAUTHORIZED = "veel ongeoorloofd"  # the verzuimcoördinator calls the student in
    COMBINATION = "combinatie"  # LPA invitation for a combination; parents told personally first


# What each topic means, for English readers of a headline (staff type the Dutch keyword).
TOPIC_EN = {
    ManualTopic.UNCLEAR_ILLNESS: "unclear illness or capacity",
    ManualTopic.SPECIAL_ARRANGEMENTS: "special arrangements",
    ManualTopic.CONCERNS: "concerns",
    ManualTopic.MUCH_UNAUTHORIZED: "much unauthorised absence",
    ManualTopic.COMBINATION: "a combination of absences",
}


def topic_in(topic: str, lang: str) -> str:
    """The topic as a reader reads it: English with the Dutch keyword, or as stored."""
    english = TOPIC_EN.get(ManualTopic(topic)) if topic in ManualTopic._value2member_map_ else None
    return f"{english} ({topic})" if lang == "en" and english else topic


class NotAllowed(PermissionError):
    """Only a verzuimcoördinator, the IOT or a mentor of the student raises a signal by hand."""


def parse_topic(text: str) -> ManualTopic | None:
    folded = " ".join(fold(text).split())
    return next((topic for topic in ManualTopic if topic.value == folded), None)


def manual_signal(
    staff: Staff, student: Student, topic: ManualTopic, protocol: Protocol, today: date
) -> Signal:
    """The signal, with the protocol's steps for this topic; NotAllowed for other roles."""
    if not may_raise_signal(staff, student):
        raise NotAllowed(f"{staff.id} may not raise a signal for {student.number}")
    rule = protocol.rules[RuleId.MANUAL]
    if not any(threshold.topic == topic.value for threshold in rule.thresholds):
        raise ValueError(f"the protocol has no steps for {topic.value!r}")
    firing = Firing(RuleId.MANUAL, 1, today, window_key=f"{topic.value}:{today.isoformat()}",
                    topic=topic.value)
    return build_signal(firing, rule, student.number, today, student.heightened_protocol,
                        protocol.calendar)


async def raise_manual_signal(
    staff: Staff,
    student: Student,
    topic: ManualTopic,
    uow: AbsenceUnitOfWork,
    protocol: Protocol,
    now: datetime,
    today: date,
) -> Signal:
    """Store a manual signal with its tasks, logbook form and audit event."""
    signal = manual_signal(staff, student, topic, protocol, today)
    async with uow:
        await uow.absences.add_signals([signal], now)
        await record_signals(uow, [signal], now, actor=staff.id)
        await uow.commit()
    return signal
