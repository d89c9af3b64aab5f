"""What a reply should say, by text key: the catalogue's own text in the test's language.

Tests name keys, never wording: `text(lang, key, **values)` is exactly what the dialogs
send (rendered by the catalogue's `say`); `pattern(lang, key, **values)` matches the text
when some values are left out (they match anything), so a reply can be mapped back to the
key it says.
"""

from __future__ import annotations

import re
import string
from functools import cache

from dialogs.texts import CATALOGUES, EN, say

_FORMATTER = string.Formatter()


def template(lang: str, key: str) -> str:
    return CATALOGUES[lang][key]


def text(lang: str, key: str, **values: object) -> str:
    return say(lang, key, **values)


def pattern(lang: str, key: str, **values: object) -> re.Pattern[str]:
    """The key's text with the given values; a placeholder without a value matches anything."""
    if _roots(lang, key) <= set(values):
        return re.compile(re.escape(text(lang, key, **values)))
    parts = []
    for literal, field, spec, _ in _FORMATTER.parse(template(lang, key)):
        parts.append(re.escape(literal))
        if field is not None:
            given = _root(field) in values
            parts.append(re.escape(_value(lang, field, spec, values)) if given else ".*?")
    return re.compile("".join(parts), re.DOTALL)


def _value(lang: str, field: str, spec: str | None, values: dict[str, object]) -> str:
    value = _FORMATTER.get_field(field, (), values)[0]
    rendered = format(value, spec or "")
    return rendered.replace(".", ",") if lang != EN and isinstance(value, float) else rendered


def _root(field: str) -> str:
    return re.split(r"[.\[]", field, maxsplit=1)[0]


@cache
def _roots(lang: str, key: str) -> frozenset[str]:
    return frozenset(_root(field) for _, field, _, _ in _FORMATTER.parse(template(lang, key))
                     if field)
