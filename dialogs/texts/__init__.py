"""The text catalogue: every text staff read and every word they type, one module per language.

Catalogue API (the only way in; dialogs and bot/ use nothing else):

- ``say(lang, key, **values)``: the text `key` in `lang` ("nl", or "en"; anything else is
  Dutch), with the braces filled in by ``str.format`` (format specs such as
  ``{day:%d-%m-%Y}`` work; a float prints with a decimal comma in Dutch).
- ``say_refused(lang, refused)``: a domain refusal in `lang` (see "Error codes" below).
- ``language_of(locale)``: "en" for an English locale, otherwise "nl".
- ``keywords(lang)``: the words of one language, key -> words (folded: lower case, no
  accents). ``typed_words(key)`` is the set to match on: staff may type either language
  whatever their locale, so matching takes the words of every language.

Adding a text or a word: add the key to BOTH ``nl.py`` and ``en.py``, with the same
placeholders (tests/unit/test_text_catalogue.py checks keys and placeholders). Keys are
UPPER_SNAKE; a key used by one feature only may carry its feature's prefix (LOGBOOK_,
EXPORT_, PROMPT_, STEP_HELP_, HEADLINE_, COMMAND_, RECIPIENTS_).

Error codes: the domain raises ``Refused`` subclasses (domain/errors.py) with a code and
values, never text: ``Invalid("DESCRIPTION_TOO_LONG", length=231, limit=200)``. The code
IS a catalogue key and the values fill its placeholders; a dialog catching a refusal says
``say_refused(lang, refused)``. Values are plain (str, int, float, date) or roles: a
``Role`` or a tuple of roles is said by its label in the user's language. A new refusal:
pick a code, raise it with a string literal as first argument, add the key to both
catalogues; the same test finds every raise site and checks it has an entry.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Final

from dialogs.texts import en, nl
from domain.errors import Refused
from domain.form_fields import Field, FieldChoices
from domain.roles import Role

NL: Final = "nl"
EN: Final = "en"

CATALOGUES: Final[Mapping[str, Mapping[str, str]]] = {NL: nl.TEXTS, EN: en.TEXTS}
KEYWORDS: Final[Mapping[str, Mapping[str, tuple[str, ...]]]] = {NL: nl.KEYWORDS,
                                                                  EN: en.KEYWORDS}
_TYPED: Final = {key: frozenset(word for words in KEYWORDS.values() for word in words[key])
                 for key in nl.KEYWORDS}


def say(lang: str, key: str, /, **values: object) -> str:
    text = (en.TEXTS if lang == EN else nl.TEXTS)[key]
    if not values:
        return text
    if lang != EN and any(isinstance(value, float) for value in values.values()):
        return _DutchNumbers().format(text, **values)
    return text.format(**values)


def say_refused(lang: str, refused: Refused) -> str:
    """The refusal in the user's language: its code is the key, its values fill it in."""
    values = {name: _said_value(lang, value) for name, value in refused.values.items()}
    return say(lang, refused.code, **values)


def language_of(locale: str | None) -> str:
    """English when the client's locale is English; Dutch otherwise (also when unknown)."""
    return EN if (locale or "").lower().startswith("en") else NL


def keywords(lang: str) -> Mapping[str, tuple[str, ...]]:
    return KEYWORDS[EN if lang == EN else NL]


def typed_words(key: str) -> frozenset[str]:
    """The words for `key` in every language: what staff may type, whatever their locale."""
    return _TYPED[key]


def _said_value(lang: str, value: object) -> object:
    if isinstance(value, Role | Field):
        return value.label_in(lang)
    if isinstance(value, FieldChoices):
        return value.listed_in(lang)
    if isinstance(value, tuple) and value and all(isinstance(v, Role) for v in value):
        return ", ".join(sorted(role.label_in(lang) for role in value))
    if isinstance(value, tuple) and value and all(isinstance(v, Field) for v in value):
        return ", ".join(field.label_in(lang) for field in value)
    return value


class _DutchNumbers(string.Formatter):
    """Floats with a decimal comma ("10,5 MB"), as Dutch readers expect."""

    def format_field(self, value: object, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        return text.replace(".", ",") if isinstance(value, float) else text
