"""The Adaptive Card (1.5) of an absence prompt: who, what happened, your actions with a
"Gedaan" button each, the others' actions in brief, and the logbook buttons.

A digest stacks several prompts in one card. The same function renders the card again
after a click, from the prompts with their actions' current state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from botbuilder.core import CardFactory, MessageFactory
from botbuilder.schema import Activity

from dialogs.common.absence_headline import headline
from dialogs.common.markdown import escape_markdown
from dialogs.texts import say
from domain.absence.protocol import Protocol
from domain.forms import FormType
from domain.notify.prompt import ActionLine, Note, Prompt
from domain.roles import Role

MAX_IN_DIGEST = 6  # 6 of the longest prompts come to ~20 KB: under Teams' 28 KB
_NOTES = {Note.REMINDER: "NOTE_REMINDER", Note.OVERDUE: "NOTE_OVERDUE",
          Note.UNDELIVERABLE: "NOTE_UNDELIVERABLE"}


def prompt_activity(prompts: Sequence[Prompt], lang: str, card_id: int | None,
                    today: date, protocol: Protocol, digest: bool = False) -> Activity:
    """`protocol` says the actions in English to English readers."""
    said = [replace(p, actions=tuple(a.in_language(lang, protocol) for a in p.actions))
            for p in prompts]
    card = prompt_card(said, lang, card_id, today, digest)
    activity = MessageFactory.attachment(CardFactory.adaptive_card(card))
    activity.summary = say(lang, "PROMPT_SUMMARY", name=prompts[0].student_name)
    return activity


def prompt_card(prompts: Sequence[Prompt], lang: str, card_id: int | None, today: date,
                digest: bool = False) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if digest:
        heading = say(lang, "DIGEST", count=len(prompts))
        body.append(text_block(heading, weight="Bolder"))
    for index, prompt in enumerate(prompts[:MAX_IN_DIGEST]):
        body.append({"type": "Container", "separator": index > 0 or digest,
                     "items": prompt_items(prompt, lang, card_id, today)})
    if len(prompts) > MAX_IN_DIGEST:
        more = len(prompts) - MAX_IN_DIGEST
        body.append(text_block(say(lang, "DIGEST_MORE", count=more)))
    return {"type": "AdaptiveCard", "version": "1.5",
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "body": body}


def prompt_items(prompt: Prompt, lang: str, card_id: int | None,
                 today: date) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    if prompt.note in _NOTES:
        about = escape_markdown(prompt.about)
        items.append(text_block(say(lang, _NOTES[prompt.note], about=about),
                           color="Attention", weight="Bolder"))
    # Names come from the roster: shown as typed, never as a link or markup.
    items.append(text_block(say(lang, "HEADING", name=escape_markdown(prompt.student_name),
                                klass=escape_markdown(prompt.class_name)),
                            size="Medium", weight="Bolder"))
    items.append(text_block(headline(prompt.rule, prompt.threshold, prompt.topic, lang)))
    if prompt.dates:
        dates = ", ".join(f"{day:%d-%m-%Y}" for day in prompt.dates)
        items.append(text_block(say(lang, "LAST_DATES", dates=dates), isSubtle=True))
    if prompt.own():
        items.append(text_block(say(lang, "YOUR_ACTIONS"), weight="Bolder"))
        items += [own_action(a, lang, card_id, today) for a in prompt.own()]
    if prompt.others():
        items.append(text_block(say(lang, "OTHER_ACTIONS"), weight="Bolder"))
        items.append({"type": "FactSet", "facts": [_fact(a, lang) for a in prompt.others()]})
    description = headline(prompt.rule, prompt.threshold, prompt.topic, "nl")
    items.append({"type": "ActionSet", "actions": logbook_buttons(
        prompt.student_number, prompt.roles, description, lang)})
    return items


def logbook_buttons(number: str, roles: frozenset[Role], description: str,
                    lang: str) -> list[dict[str, Any]]:
    """"Verslag in logboek" starts the add-form dialog prefilled; "Logboek bekijken" reads."""
    report = {"text": f"nieuw formulier {number}", "form_type": report_form(roles),
              "description": description, "student_number": number}
    return [_submit(say(lang, "BUTTON_REPORT"), report),
            _submit(say(lang, "PROMPT_BUTTON_LOGBOOK"), {"text": f"logboek {number}"})]


def report_form(roles: frozenset[Role]) -> str:
    """The verzuimcoördinator writes the absence form; everyone else an information form."""
    if Role.VERZUIMCOORDINATOR in roles:
        return FormType.VERANTWOORDING_VERZUIM.value
    return FormType.INFORMATIE.value


def done_button(action: ActionLine, lang: str, card_id: int | None) -> dict[str, Any]:
    data: dict[str, Any] = {"text": f"gedaan {action.task_id}", "action": "task_done",
                            "task_id": action.task_id}
    if card_id is not None:
        data["card"] = card_id
    return _submit(say(lang, "BUTTON_DONE"), data, style="positive")


def action_state(action: ActionLine, lang: str, today: date) -> str:
    if action.done_at is not None:
        return say(lang, "DONE_BY", name=escape_markdown(action.done_by or "?"),
                        at=f"{action.done_at:%d-%m-%Y %H:%M}")
    key = "OVERDUE" if action.due_on < today else "DUE"
    return say(lang, key, day=f"{action.due_on:%d-%m-%Y}")


def own_action(action: ActionLine, lang: str, card_id: int | None, today: date,
               more: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """An action of the reader's: what, by when (or who did it), and its buttons."""
    concerns = say(lang, "IF_CONCERNS") if action.if_concerns else ""
    overdue = action.done_at is None and action.due_on < today
    items = [text_block(action.action + concerns),
             text_block(action_state(action, lang, today), isSubtle=not overdue,
                        color="Attention" if overdue else "Default", spacing="None")]
    buttons = ([done_button(action, lang, card_id)] if action.done_at is None else []) + [
        *more]
    if buttons:
        items.append({"type": "ActionSet", "actions": buttons})
    return {"type": "Container", "items": items}


def _fact(action: ActionLine, lang: str) -> dict[str, str]:
    state = say(lang, "OPEN") if action.done_at is None else "✔"
    return {"title": action.role.label_in(lang), "value": f"{action.action} ({state})"}


def _submit(title: str, data: dict[str, Any], **extra: str) -> dict[str, Any]:
    return {"type": "Action.Submit", "title": title, "data": data, **extra}


def text_block(text: str, **style: object) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}
