"""One question, one answer: a prompt that accepts whatever the user sends next (typed text,
a card's submitted inputs, or a file) and hands it to the waterfall's next step, which judges
it. Syntax and rules are checked there, with the domain's own functions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult
from botbuilder.schema import Activity, ActivityTypes

from dialogs.common.context import language, submitted, typed_or_submitted_text
from dialogs.texts import say
from domain.school import fold

ANSWER = "answer"
STEP = "step"  # in a card button's data: the question it answers

Answer = dict[str, Any]  # text, value (card inputs), activity_id, files (attachments as dicts)


class AnswerPrompt(Dialog):  # type: ignore[misc]
    """Sends the question and waits for one message. Options: (question, step name). The
    question's card buttons carry the step name, so a button on an older card (Teams keeps
    them clickable) cannot answer a later question: it is ignored with a word of explanation."""

    def __init__(self) -> None:
        super().__init__(ANSWER)

    async def begin_dialog(self, dc: DialogContext, options: object = None) -> DialogTurnResult:
        question, step = options if isinstance(options, tuple) else (options, "")
        dc.active_dialog.state[STEP] = step
        if isinstance(question, Activity):
            await dc.context.send_activity(stamped(question, step))
        return Dialog.end_of_turn

    async def continue_dialog(self, dc: DialogContext) -> DialogTurnResult:
        if dc.context.activity.type != ActivityTypes.message:
            return Dialog.end_of_turn
        clicked, asked = submitted(dc.context).get(STEP), dc.active_dialog.state.get(STEP)
        if clicked and asked and clicked != asked:
            await dc.context.send_activity(say(language(dc.context), "OLD_BUTTON"))
            return Dialog.end_of_turn
        return await dc.end_dialog(answer_of(dc.context))


def stamped(question: Activity, step: str) -> Activity:
    """The question with `step` added to the data of each of its cards' submit buttons."""
    for attachment in question.attachments or []:
        content = attachment.content if isinstance(attachment.content, dict) else {}
        for action in content.get("actions", []):
            if action.get("type") == "Action.Submit" and step:
                action["data"] = {**action.get("data", {}), STEP: step}
    return question


def answer_of(turn: TurnContext) -> Answer:
    files = [a.serialize() if hasattr(a, "serialize") else a
             for a in turn.activity.attachments or []]
    return {
        "text": typed_or_submitted_text(turn),
        "value": {k: v for k, v in submitted(turn).items() if k not in ("text", STEP)},
        "activity_id": turn.activity.id or "",
        "files": files,
    }


def words(answer: Answer) -> str:
    """The answer's text, folded (lower case, no accents, single spaces)."""
    return " ".join(fold(str(answer.get("text", ""))).split())


def pick(text: str, options: Sequence[tuple[str, str]]) -> str | None:
    """The key of the option meant by `text`: its number (1-based), its key, its whole title,
    or the one title that contains it. (title, key) pairs; None when unclear."""
    typed = " ".join(fold(text).split())
    if not typed:
        return None
    if typed.isdigit() and 1 <= int(typed) <= len(options):
        return options[int(typed) - 1][1]
    exact = [key for title, key in options if typed in (fold(title), fold(key))]
    if exact:
        return exact[0]
    partial = [key for title, key in options if typed in fold(title)]
    return partial[0] if len(partial) == 1 else None
