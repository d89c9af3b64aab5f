"""When a running dialog steps aside for the message that just came in.

- PAUSE: untouched longer than the dialog timeout; the message is handled as new, never
  read as an answer to yesterday's question.
- INTERRUPT: the message is plainly another command (understanding/reading.py `clear`: a
  command phrase, every other word a filler or a name of one of the user's students; so
  "Nieuwe tekst." stays an answer), one that may interrupt (not edit, done or save, whose
  words also answer questions), and not the running dialog's own command.
- STOP: a stop said in other words than the base dialog's exact `annuleer`/`stop`.
Card buttons always answer the dialog: their own step stamp guards against old cards.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.dialogs import DialogInstance
from botbuilder.schema import Activity

from dialogs.common import adaptive
from dialogs.common.context import submitted
from dialogs.common.steps import BACK_WORDS, CANCEL_WORDS, HELP_WORDS
from dialogs.texts import say
from dialogs.understanding import intents as i
from dialogs.understanding.reading import Reading

PAUSE, INTERRUPT, STOP = "pause", "interrupt", "stop"
_BASE_WORDS = CANCEL_WORDS | HELP_WORDS | BACK_WORDS  # the base dialog answers these itself


def set_aside_reason(turn: TurnContext, stack: list[DialogInstance], touched: str | None,
                     now: datetime, timeout: timedelta, reading: Reading | None) -> str | None:
    if turn.activity.type != "message" or not stack:
        return None
    if touched and now - datetime.fromisoformat(touched) > timeout:
        return PAUSE
    if submitted(turn) or reading is None:
        return None
    return interrupting((turn.activity.text or "").strip(), reading, stack[0].id)


def interrupting(typed: str, reading: Reading, running: str) -> str | None:
    """STOP or INTERRUPT for a typed message while dialog `running` waits; None: it is an
    answer for that dialog."""
    if not typed or typed.lower() in _BASE_WORDS or not reading.clear:
        return None
    if reading.intent == i.CANCEL:
        return STOP
    if reading.intent in i.INTERRUPTING and reading.intent != running:
        return INTERRUPT
    return None


def go_on_offer(lang: str, key: str, draft: str) -> Activity:
    """One line and one button that says `verder` (so typing it does the same)."""
    line = say(lang, key, draft=draft, Draft=draft[:1].upper() + draft[1:])
    button = adaptive.submit(say(lang, "GO_ON_BUTTON", draft=draft), "verder")
    content = adaptive.card([adaptive.text(line)], [button], fallback=line)
    return MessageFactory.attachment(adaptive.attachment(content))
