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
