"""Other students' names out of an export: a parent's right of inspection covers their own
child only ("niet alle informatie is beschikbaar, bv. wanneer een andere leerling
betrokken is in een conflict", seed 001; DOMAIN.md §2)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from domain.school import Student, fold

CLASSMATE = "[medeleerling]"


@dataclass(frozen=True)
class NameMask:
    """Replaces each other student's "first last" (any case, any spacing) by CLASSMATE."""

    pattern: re.Pattern[str] | None

    @classmethod
    def for_export(cls, student: Student, roster: Iterable[tuple[str, str]]) -> NameMask:
        own = _key(student.first_name, student.last_name)
        names = {_key(first, last) for first, last in roster} - {own, ""}
        if not names:
            return cls(None)
        # Longest first: "Jan de Vries" before "Jan de"; words may be split by any spacing.
        parts = [r"\s+".join(map(_word, name.split())) for name in
                 sorted(names, key=len, reverse=True)]
        return cls(re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE))

    def __call__(self, text: str) -> str:
        return text if self.pattern is None else self.pattern.sub(CLASSMATE, text)


def _word(word: str) -> str:
    """A name word matched with or without its accents: 'Çelik' also as 'celik'."""
    return "".join(_letter(c) for c in word)


def _letter(letter: str) -> str:
    plain = fold(letter)
    if len(plain) == 1 and plain != letter:
        return f"[{re.escape(letter)}{re.escape(plain)}]"
    return re.escape(letter)


def _key(first: str, last: str) -> str:
    return " ".join(f"{first} {last}".lower().split())
