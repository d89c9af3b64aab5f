"""Adaptive Cards as plain text, for the terminal chat: what a card says, and its buttons."""

from __future__ import annotations

from typing import Any


def card_lines(card: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    """The card's readable lines and its Action.Submit buttons, in reading order."""
    lines: list[str] = []
    buttons: list[dict[str, Any]] = []
    _walk(card.get("body", []), lines, buttons, depth=0)
    _actions(card.get("actions", []), lines, buttons)
    return lines, buttons


def _walk(items: list[Any], lines: list[str], buttons: list[dict[str, Any]], depth: int) -> None:
    indent = "  " * depth
    for item in items:
        if not isinstance(item, dict):
            continue
        kind = item.get("type")
        if kind == "TextBlock":
            lines.append(indent + str(item.get("text", "")))
        elif kind == "FactSet":
            lines.extend(f"{indent}{f.get('title', '')}: {f.get('value', '')}"
                         for f in item.get("facts", []))
        elif kind and kind.startswith("Input."):
            lines.append(f"{indent}[{item.get('label') or item.get('placeholder') or item['id']}]")
        elif kind == "ActionSet":
            _actions(item.get("actions", []), lines, buttons)
        for nested in ("items", "columns"):
            _walk(item.get(nested, []), lines, buttons, depth + (nested == "items" and
                                                                  kind == "Container"))


def _actions(actions: list[Any], lines: list[str], buttons: list[dict[str, Any]]) -> None:
    for action in actions:
        if isinstance(action, dict) and action.get("type") in ("Action.Submit",
                                                                 "Action.Execute"):
            buttons.append(action.get("data") or {})
            lines.append(f"  ({len(buttons)}) {action.get('title', '')}")
