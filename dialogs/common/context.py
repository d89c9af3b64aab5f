"""What every dialog needs to know about the turn: who is talking, in which language, where."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from botbuilder.core import TurnContext

from dialogs.texts import language_of
from domain.absence.loader import default_protocol
from domain.absence.protocol import Protocol
from domain.picture_links import PicturePublisher
from domain.ports import UnitOfWork
from domain.school import Staff
from domain.services.roster_names import RosterNames
from domain.student_names import StudentNames

STAFF_KEY = "lvs.staff"


@dataclass(frozen=True)
class Services:
    """What dialogs reach the world through: a unit of work per use case, the clock, the
    absence protocol (its thresholds and school calendar), and the links to pictures the bot
    serves itself (None without a public address: pictures go inline)."""

    uow: Callable[[], UnitOfWork]
    now: Callable[[], datetime]  # aware, in the school's time zone
    names: RosterNames | None = None  # the roster's name index (None: search the database)
    dialog_timeout: timedelta = timedelta(hours=1)  # LVS_DIALOG_TIMEOUT
    protocol: Protocol = field(default_factory=default_protocol)  # the app passes LVS_PROTOCOL's
    pictures: PicturePublisher | None = None

    def today(self) -> date:
        return self.now().date()

    async def student_names(self) -> StudentNames | None:
        return await self.names.current() if self.names is not None else None


def current_staff(turn: TurnContext) -> Staff:
    staff = turn.turn_state.get(STAFF_KEY)
    if staff is None:
        raise LookupError("the turn has no identified staff member")
    return staff  # type: ignore[no-any-return]


def language(turn: TurnContext) -> str:
    return language_of(turn.activity.locale)


def is_personal_chat(turn: TurnContext) -> bool:
    """Only what Teams marks "personal": an activity without a type (a forged or odd one)
    is treated as a group, where no student's file is shown."""
    conversation = turn.activity.conversation
    kind = getattr(conversation, "conversation_type", None) if conversation else None
    return kind == "personal"


def submitted(turn: TurnContext) -> dict[str, Any]:
    """The values of an Adaptive Card Action.Submit (empty for typed text)."""
    value = turn.activity.value
    return value if isinstance(value, dict) else {}


def typed_or_submitted_text(turn: TurnContext) -> str:
    """Typed text, or the `text` a card button submits, so a button equals typing it."""
    text = (turn.activity.text or "").strip()
    if not text:
        text = str(submitted(turn).get("text", "")).strip()
    return text
