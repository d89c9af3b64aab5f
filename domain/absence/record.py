"""What a signal leaves behind: a "Verantwoordingsformulier verzuim" and an audit event."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache

from domain.absence.ports import AbsenceUnitOfWork
from domain.absence.protocol import RuleId
from domain.absence.signals import Signal, Task
from domain.audit import AuditAction, AuditEvent
from domain.forms import CATALOGUE, FormType
from domain.ids import ordered_id
from domain.logbook import Entry
from domain.roles import Role

SYSTEM_AUTHOR = "system:absence"
FORM = CATALOGUE[FormType.VERANTWOORDING_VERZUIM]
URGENT = frozenset({RuleId.DUO_16_HOURS, RuleId.UNAUTHORIZED_LEAVE, RuleId.TRUANCY_DAYS,
                    RuleId.LONG_ABSENCE})

RULE_LABELS: dict[RuleId, str] = {
    RuleId.LATE: "te laat",
    RuleId.REMOVED: "uitgestuurd",
    RuleId.TRUANCY: "spijbelen (lesuren)",
    RuleId.TRUANCY_DAYS: "spijbelen (dagen aaneen)",
    RuleId.SICK_DAYS: "ziek (schooldagen aaneen)",
    RuleId.SICK_REPORTS: "ziekmeldingen in korte periode",
    RuleId.SICK_PATTERN: "vast ziektepatroon",
    RuleId.SICK_HOURS: "uren ziek dit schooljaar",
    RuleId.DUO_16_HOURS: "16 uur ongeoorloofd verzuim in 4 schoolweken",
    RuleId.UNAUTHORIZED_LEAVE: "luxe verzuim",
    RuleId.LONG_ABSENCE: "langdurig verzuim (schooldagen aaneen)",
    RuleId.MANUAL: "handmatig signaal",
}


async def record_signals(
    uow: AbsenceUnitOfWork, signals: Sequence[Signal], now: datetime, actor: str = SYSTEM_AUTHOR
) -> None:
    """One audit event per signal, inside the caller's transaction; a Verantwoordingsformulier
    only for a signal with an LPA or DUO step (the form exists for compulsory education and
    funding, DOMAIN.md §3)."""
    await uow.entries.add_many([signal_entry(signal, now) for signal in signals
                                if signal.reports])
    await uow.audit.record_many([
        AuditEvent(at=now, actor_id=actor, action=AuditAction.SIGNAL,
                   student_number=signal.student_number, detail=signal.to_json())
        for signal in signals])


def signal_entry(signal: Signal, now: datetime) -> Entry:
    return Entry(
        id=ordered_id(now),  # forms of one batch sit together in the index
        student_number=signal.student_number,
        form_type=FormType.VERANTWOORDING_VERZUIM,
        description=FORM.name,
        author_id=SYSTEM_AUTHOR,
        author_role=Role.VERZUIMCOORDINATOR,  # written on behalf of the coordinator
        created_at=now,
        updated_at=now,
        expires_on=signal.school_year.end,
        urgent=signal.rule in URGENT,
        access=FORM.readers,
        fields={"body": signal_text(signal)},
    )


def signal_text(signal: Signal) -> str:
    label = signal.window_key.split(":")[0] if signal.rule is RuleId.MANUAL else None
    what = label or reasons_text(signal)
    lines = [
        f"Signaal {what} (schooljaar {signal.school_year.label}), "
        f"geregistreerd op {signal.trigger_date:%d-%m-%Y}.",
    ]
    return "\n".join(lines) + "\n" + _steps_text(signal.recipients, signal.tasks)


def reasons_text(signal: Signal) -> str:
    """"spijbelen (lesuren): 5, 6, 7 en spijbelen (dagen aaneen): 3": every reason named."""
    by_rule: dict[RuleId, list[int]] = {}
    for rule, at in signal.reasons or ((signal.rule, signal.threshold),):
        by_rule.setdefault(rule, []).append(at)
    return " en ".join(f"{RULE_LABELS[rule]}: {', '.join(map(str, counts))}"
                       for rule, counts in by_rule.items())


@lru_cache(maxsize=4096)
def _steps_text(recipients: frozenset[Role], tasks: tuple[Task, ...]) -> str:
    lines = ["Ingelicht: " + ", ".join(sorted(role.label for role in recipients)) + ".",
             "Stappen:"]
    lines += [f"- {task.role.label}: {task.action} (uiterlijk {task.due_on:%d-%m-%Y})"
              + (" [bij zorgen]" if task.if_concerns else "") for task in tasks]
    return "\n".join(lines)
