"""Reading a logbook card back: which forms it shows, in which order."""

from __future__ import annotations

from typing import Any


def shown_ids(card: dict[str, Any]) -> list[str]:
    """The entry ids on a logbook card, in the order shown (each title opens its details)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            text = (node.get("selectAction") or {}).get("data", {}).get("text", "")
            if text.startswith("details "):
                found.append(text.removeprefix("details "))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card["body"])
    return found
