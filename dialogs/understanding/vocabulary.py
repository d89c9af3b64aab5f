"""The phrase tables of both languages compiled once into lookups a message is read with.

Staff mix languages ("taken", then "show logbook"), so both tables are always active. A
phrase is looked up by its first word, longest phrase first; single command words are
also found with a forgiven typo (domain/typos.py), precomputed here, never per message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType

from domain.school import fold
from domain.typos import TermFinder

STRONG, WEAK = 2, 1


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    intent: str
    strength: int
    kept: bool = False  # stays in the command's words (moved to the end) when it wins


class Vocabulary:
    def __init__(self, tables: Iterable[ModuleType],
                 commands: Mapping[str, Iterable[str]] = {}) -> None:
        phrases: dict[tuple[str, ...], Phrase] = {}
        fillers: set[str] = set()
        for table in tables:
            self._add(phrases, table.KEPT, WEAK, kept=True)
            self._add(phrases, table.WEAK, WEAK)
            self._add(phrases, table.STRONG, STRONG)
            fillers |= table.FILLERS
        self._add(phrases, {k: tuple(v) for k, v in commands.items()}, STRONG)
        self.fillers = frozenset(fillers)
        self._by_first: dict[str, list[Phrase]] = {}
        for phrase in sorted(phrases.values(), key=lambda p: -len(p.words)):
            self._by_first.setdefault(phrase.words[0], []).append(phrase)
        self._single = {p.words[0]: p for p in phrases.values()
                        if len(p.words) == 1 and not p.kept}
        self._typos = TermFinder(self._single)

    @staticmethod
    def _add(into: dict[tuple[str, ...], Phrase], table: Mapping[str, tuple[str, ...]],
             strength: int, kept: bool = False) -> None:
        for intent, texts in table.items():
            for text in texts:
                words = tuple(fold(text).split())
                if words:
                    into[words] = Phrase(words, intent, strength, kept)  # stronger wins

    def phrase_at(self, words: list[str], start: int) -> Phrase | None:
        for phrase in self._by_first.get(words[start], ()):
            if tuple(words[start:start + len(phrase.words)]) == phrase.words:
                return phrase
        return None

    def near(self, word: str) -> Phrase | None:
        """The command word `word` is a small typo of, if any (first alphabetically)."""
        found = self._typos.near(word)
        return self._single[found[0]] if found else None

    def knows(self, word: str) -> bool:
        return word in self._by_first or word in self.fillers
