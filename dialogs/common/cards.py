"""Adaptive Cards (schema 1.5) for the questions dialogs ask, and the message that carries them.

The question itself travels as the message text, so a client without cards still reads it;
the card holds the buttons and inputs. User data in a card goes into TextRuns, which
render no markdown, so a name like `*Jan*` shows exactly as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from botbuilder.core import MessageFactory
from botbuilder.schema import Activity

from dialogs.common import adaptive
from dialogs.common.adaptive import Element
from dialogs.common.markdown import escape_markdown


def question(text: str, body: Sequence[Element], actions: Sequence[Element]) -> Activity:
    """A message: the question as text (markdown) and a card with the inputs and buttons."""
    content = adaptive.card(list(body) or [adaptive.text(" ")], actions)
    return MessageFactory.attachment(adaptive.attachment(content), text=text)


def data_lines(lines: Sequence[tuple[str, str]]) -> Element:
    """'label: value' lines where the value is user data, shown without markdown."""
    inlines: list[Element] = []
    for label, value in lines:
        inlines.append({"type": "TextRun", "text": f"{label}: ", "weight": "Bolder"})
        inlines.append({"type": "TextRun", "text": f"{value}\n"})
    return {"type": "RichTextBlock", "inlines": inlines}


def send_inputs(title: str) -> Element:
    """A button that only submits the card's inputs (no command of its own)."""
    return {"type": "Action.Submit", "title": title, "data": {"text": ""}}


def choice_input(
    input_id: str, choices: Sequence[tuple[str, str]], value: str = "", *,
    multi: bool = False, label: str = "",
) -> Element:
    """A choice list: (title, value) pairs; several values are comma-separated."""
    element: Element = {
        "type": "Input.ChoiceSet", "id": input_id, "value": value,
        "choices": [{"title": title, "value": key} for title, key in choices],
        "isMultiSelect": multi, "style": "expanded" if multi or len(choices) <= 6 else "compact",
    }
    if label:
        element["label"] = label
    return element


def text_input(input_id: str, label: str, value: str = "", *, multiline: bool = False,
               max_length: int | None = None) -> Element:
    element: Element = {"type": "Input.Text", "id": input_id, "label": label, "value": value,
                        "isMultiline": multiline}
    if max_length:
        element["maxLength"] = max_length
    return element


def toggle(input_id: str, title: str, on: bool = False) -> Element:
    """A yes/no input; submits "true" or "false"."""
    return {"type": "Input.Toggle", "id": input_id, "title": title,
            "value": "true" if on else "false", "valueOn": "true", "valueOff": "false"}


def date_input(input_id: str, label: str, value: str = "") -> Element:
    return {"type": "Input.Date", "id": input_id, "label": label, "value": value}


def time_input(input_id: str, label: str, value: str = "") -> Element:
    return {"type": "Input.Time", "id": input_id, "label": label, "value": value}


def choices(text: str, options: Sequence[tuple[str, str]], next_title: str,
            extra: Sequence[Element] = (), body: Sequence[Element] = ()) -> Activity:
    """Pick one of (title, key) options: buttons when few, a list when many. Each button
    submits its number, so typing the number is the same."""
    numbered = [(f"{n}. {title}", str(n)) for n, (title, _key) in enumerate(options, 1)]
    text = "\n".join([text, "", *(f"{n}. {escape_markdown(title)}"
                                   for n, (title, _key) in enumerate(options, 1))])
    if len(options) <= 5:
        actions = [adaptive.submit(title, number) for title, number in numbered]
        return question(text, body, [*actions, *extra])
    listed = choice_input("choice", numbered, numbered[0][1])
    return question(text, [*body, listed], [send_inputs(next_title), *extra])
