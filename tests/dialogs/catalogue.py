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

from dialogs import export_texts, form_texts, logbook_texts, prompt_texts, signal_dialog
from dialogs import texts as general
from dialogs.texts import EN, NL, Table, say_from
from domain.export import Recipient

LANGS = (NL, EN)
_TABLES: tuple[Table, ...] = (general.TEXTS, form_texts.FORM_TEXTS, logbook_texts.TEXTS,
                              export_texts.TEXTS, prompt_texts.TEXTS, signal_dialog.TEXTS)
# Keys two of today's tables share, under the names the one-catalogue layout gives them.
_RENAMED: dict[str, tuple[Table, str]] = {
    "LOGBOOK_USAGE": (logbook_texts.TEXTS, "USAGE"),
    "LOGBOOK_DID_YOU_MEAN": (logbook_texts.TEXTS, "DID_YOU_MEAN"),
    "EXPORT_USAGE": (export_texts.TEXTS, "USAGE"),
    "SIGNAL_USAGE": (signal_dialog.TEXTS, "USAGE"),
    "SIGNAL_NOT_ALLOWED": (signal_dialog.TEXTS, "NOT_ALLOWED"),
    "PROMPT_SUMMARY": (prompt_texts.TEXTS, "SUMMARY"),
    "PROMPT_BUTTON_LOGBOOK": (prompt_texts.TEXTS, "BUTTON_LOGBOOK"),
}


_RECIPIENTS: Table = {key: export_texts.RECIPIENTS[frozenset(group)] for key, group in (
    ("RECIPIENTS_UNKNOWN_AGE", ()), ("RECIPIENTS_PARENTS", (Recipient.PARENTS,)),
    ("RECIPIENTS_STUDENT", (Recipient.STUDENT,)),
    ("RECIPIENTS_STUDENT_AND_PARENTS", (Recipient.STUDENT, Recipient.PARENTS)))}


def _table_of(key: str) -> tuple[Table, str]:
    if key in _RECIPIENTS:
        return _RECIPIENTS, key
    if key in _RENAMED:
        return _RENAMED[key]
    if key.startswith("STEP_HELP_"):
        return form_texts.STEP_HELP, key.removeprefix("STEP_HELP_").lower()
    return next(table for table in _TABLES if key in table), key


def template(lang: str, key: str) -> str:
    table, name = _table_of(key)
    return table[name][1 if lang == EN else 0]


def text(lang: str, key: str, **values: object) -> str:
    table, name = _table_of(key)
    return say_from(table, lang, name, **values)


def pattern(lang: str, key: str, **values: object) -> re.Pattern[str]:
    """The key's text with the given values; a placeholder without a value matches anything."""
    if _fields(lang, key) <= set(values):
        return re.compile(re.escape(text(lang, key, **values)))
    parts = []
    for literal, field, spec, _ in string.Formatter().parse(template(lang, key)):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(re.escape(format(values[field], spec or "")) if field in values
                         else ".*?")
    return re.compile("".join(parts), re.DOTALL)


@cache
def _fields(lang: str, key: str) -> frozenset[str]:
    return frozenset(field for _, field, _, _ in string.Formatter().parse(template(lang, key))
                     if field)
