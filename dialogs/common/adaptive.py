"""Adaptive Card 1.5 building blocks as plain dicts, and the attachment that carries a card.

Every text that comes from the file goes through `escape_markdown` before it lands in a
TextBlock or a FactSet; the card's own labels are ours and may use Markdown.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from botbuilder.core import CardFactory
from botbuilder.schema import Attachment

CARD_VERSION = "1.5"
MAX_CARD_BYTES = 28 * 1024  # Teams refuses messages much above ~28 KB

Element = dict[str, Any]


def card(body: Sequence[Element], actions: Sequence[Element] = (), *,
         fallback: str = "") -> Element:
    content: Element = {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": CARD_VERSION,
        "body": list(body),
        "msteams": {"width": "Full"},
    }
    if actions:
        content["actions"] = list(actions)
    if fallback:
        content["fallbackText"] = fallback
    return content


def card_bytes(content: Element) -> int:
    return len(json.dumps(content, ensure_ascii=False).encode("utf-8"))


def attachment(content: Element) -> Attachment:
    return CardFactory.adaptive_card(content)


def text(value: str, **options: Any) -> Element:
    return {"type": "TextBlock", "text": value, "wrap": True, **options}


def facts(pairs: Sequence[tuple[str, str]]) -> Element:
    return {"type": "FactSet",
            "facts": [{"title": title, "value": value} for title, value in pairs]}


def submit(title: str, command: str) -> Element:
    """A button that equals typing `command`."""
    return {"type": "Action.Submit", "title": title, "data": {"text": command}}


def buttons(*actions: Element) -> Element:
    return {"type": "ActionSet", "actions": list(actions)}


def indented(items: Sequence[Element]) -> Element:
    """Items shifted right, under their parent (a narrow empty column does the indent)."""
    return {"type": "ColumnSet", "columns": [
        {"type": "Column", "width": "16px", "items": []},
        {"type": "Column", "width": "stretch", "items": list(items)},
    ]}
