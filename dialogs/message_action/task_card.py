"""The task module of the message action: one Adaptive Card 1.5 form, and the invoke bodies
Teams expects for a message extension (`task` continue with a card, or a plain message)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from dialogs.common import adaptive, cards
from dialogs.common.adaptive import Element
from dialogs.texts import say
from domain.forms import BODY, CATALOGUE, FormType
from domain.school import Student

# The inputs of the card, as they come back in submitAction's `data`.
INPUTS = ("student", "student_name", "form", "description", "expiry", "urgent", "body")
DRAFT = "draft"  # travels in the Save button's data: one draft, one saved form
# Characters of the message's text tried in turn until the card fits Teams' limit.
BODY_BUDGETS = (20_000, 10_000, 4_000, 1_000)
TASK_BUDGET = adaptive.MAX_CARD_BYTES - 1024  # room for the invoke response around the card


@dataclass(frozen=True)
class TaskForm:
    """What the task module shows: the values so far and what may be chosen."""

    values: Mapping[str, str]
    students: Sequence[Student]  # to choose from; none: the student is typed
    forms: Sequence[FormType]
    error: str = ""


def continue_task(form: TaskForm, lang: str) -> dict[str, Any]:
    """The task module (again), as the body of the invoke response."""
    content = fitting_card(form, lang)
    return {"task": {"type": "continue", "value": {
        "title": say(lang, "MESSAGE_ACTION_TITLE"), "width": "large", "height": "large",
        "card": {"contentType": "application/vnd.microsoft.card.adaptive",
                 "content": content}}}}


def message_task(text: str) -> dict[str, Any]:
    """Closes (or never opens) the task module with a short message."""
    return {"task": {"type": "message", "value": text}}


def fitting_card(form: TaskForm, lang: str) -> Element:
    body = form.values.get("body", "")
    for budget in BODY_BUDGETS:
        shortened = body if len(body) <= budget else body[:budget].rstrip() + " …"
        content = _card(replace(form, values={**form.values, "body": shortened}), lang)
        if adaptive.card_bytes(content) <= TASK_BUDGET:
            break
    return content


def _card(form: TaskForm, lang: str) -> Element:
    values = form.values
    head = [adaptive.text(say(lang, "MESSAGE_ACTION_INTRO"), isSubtle=True)]
    if form.error:
        head.append(adaptive.text(form.error, color="Attention", weight="Bolder"))
    body = [
        *head,
        _student_input(form, lang),
        cards.choice_input("form", [(CATALOGUE[f].title_in(lang), f.value) for f in form.forms],
                           values.get("form", ""), label=say(lang, "L_FORM")),
        cards.text_input("description", say(lang, "QUICK_DESCRIPTION"),
                         values.get("description", ""), max_length=200),
        cards.date_input("expiry", say(lang, "MESSAGE_ACTION_L_EXPIRY_DEFAULT"),
                         values.get("expiry", "")),
        cards.toggle("urgent", say(lang, "L_URGENT"), values.get("urgent") == "true"),
        cards.text_input("body", BODY[0].label_in(lang), values.get("body", ""),
                         multiline=True),
    ]
    save = {"type": "Action.Submit", "title": say(lang, "SAVE"),
            "data": {DRAFT: values.get(DRAFT, "")}}
    return adaptive.card(body, [save])


def _student_input(form: TaskForm, lang: str) -> Element:
    if not form.students:
        return cards.text_input("student_name", say(lang, "MESSAGE_ACTION_L_STUDENT_TYPED"),
                                form.values.get("student_name", ""))
    choices = [(f"{s.full_name} ({s.class_name}, {s.number})", s.number)
               for s in form.students]
    return cards.choice_input("student", choices, form.values.get("student", ""),
                              label=say(lang, "L_STUDENT"))
