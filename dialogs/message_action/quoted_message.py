"""The Teams message a message action was started on (`value.messagePayload`), as plain text.

Teams sends the body as HTML (`<p>`, `<br>`, `<at>` mentions, entities); a logbook form
holds plain text, so tags become line breaks or nothing and entities their characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from html.parser import HTMLParser
from typing import Any

_BREAKING = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})
_SKIPPED = frozenset({"style", "script"})


@dataclass(frozen=True)
class QuotedMessage:
    text: str
    author: str
    sent_at: datetime | None

    @classmethod
    def of(cls, value: Any, zone: tzinfo | None) -> QuotedMessage:
        payload = value.get("messagePayload") if isinstance(value, dict) else None
        payload = payload if isinstance(payload, dict) else {}
        body = payload.get("body") if isinstance(payload.get("body"), dict) else {}
        content = str(body.get("content") or "")
        text = html_to_text(content) if body.get("contentType") != "text" else content.strip()
        return cls(text, _author(payload), _sent_at(payload.get("createdDateTime"), zone))


def _author(payload: dict[str, Any]) -> str:
    sender = payload.get("from") if isinstance(payload.get("from"), dict) else {}
    for kind in ("user", "application"):
        who = sender.get(kind) if isinstance(sender, dict) else None
        if isinstance(who, dict) and who.get("displayName"):
            return str(who["displayName"])
    return ""


def _sent_at(value: Any, zone: tzinfo | None) -> datetime | None:
    """Teams' createdDateTime (UTC, ISO 8601), in the school's time zone."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(zone) if moment.tzinfo else None


def html_to_text(html: str) -> str:
    reader = _TextReader()
    reader.feed(html)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(reader.parts).splitlines())
    return "\n".join(line for line in lines if line)  # one line per paragraph, no blanks


class _TextReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BREAKING:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BREAKING and tag != "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)
