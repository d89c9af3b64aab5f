"""Who may receive a copy of a student's file: domain.export decides, this only says it."""

from __future__ import annotations

from dialogs.texts import say
from domain.export import Recipient

_KEYS = {
    frozenset(): "RECIPIENTS_UNKNOWN_AGE",
    frozenset({Recipient.PARENTS}): "RECIPIENTS_PARENTS",
    frozenset({Recipient.STUDENT, Recipient.PARENTS}): "RECIPIENTS_STUDENT_AND_PARENTS",
    frozenset({Recipient.STUDENT}): "RECIPIENTS_STUDENT",
}


def recipients_text(recipients: frozenset[Recipient], lang: str) -> str:
    return say(lang, _KEYS[recipients])
