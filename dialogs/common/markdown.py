"""Text from the file (names, descriptions, form fields) shown safely in Teams.

Teams renders a subset of Markdown in card TextBlocks and in messages; a name such as
`**Jan**` or `[klik](https://...)` must read as typed, not as bold text or a link.
TextBlocks do not render HTML, so `<b>` shows as typed there without further escaping.
"""

from __future__ import annotations

import re

_SIGNIFICANT = re.compile(r"([\\`*_{}\[\]()#+!|~<>])")
_LIST_AT_LINE_START = re.compile(r"^(\s*)(\d+)\.(\s)", re.MULTILINE)
_DASH_AT_LINE_START = re.compile(r"^(\s*)-(\s)", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """Backslash-escape every character Teams' Markdown gives a meaning."""
    escaped = _SIGNIFICANT.sub(r"\\\1", text)
    escaped = _LIST_AT_LINE_START.sub(r"\1\2\\.\3", escaped)
    return _DASH_AT_LINE_START.sub(r"\1\\-\2", escaped)


def one_line(text: str, limit: int) -> str:
    """The first `limit` characters on one line, with an ellipsis when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
