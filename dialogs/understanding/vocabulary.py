"""The phrases of every language's keyword catalogue (dialogs/texts/nl.py, en.py) compiled
once into the lookups a message is read with.

Per language: PHRASES_<INTENT> name a command ("logboek", "wat moet ik nog doen"), HINTS_<INTENT>
only hint at one ("toon", "laat zien"), so "toon mijn taken" is tasks; the logbook's filter
words and the signal topics choose their command but stay in its words (KEPT); FILLERS carry
no meaning here and are never taken for a name (unless capitalised mid-sentence: "Wil").
Every command's own words (COMMAND_*) name it too. Staff mix languages ("taken", then "show
logbook"), so all languages are active at once. A phrase is looked up by its first word,
longest phrase first; single command words are also found with a forgiven typo
(domain/typos.py), precomputed here, never per message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dialogs.understanding import intents as i
from domain.school import fold
from domain.typos import TermFinder

STRONG, WEAK = 2, 1
TYPO_MIN = 5  # letters a word needs before it may be a command word with a typo
PHRASES, HINTS, FILLERS = "PHRASES_", "HINTS_", "FILLERS"
KEPT = {i.LOGBOOK: ("FILTER_URGENT", "FILTER_ABSENCE", "FILTER_EXPIRED"),
        i.SIGNAL: ("SIGNAL_TOPICS",)}

Keywords = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    intent: str
    strength: int
    kept: bool = False  # stays in the command's words (moved to the end) when it wins


class Vocabulary:
    def __init__(self, languages: Iterable[Keywords],
                 commands: Mapping[str, Iterable[str]]) -> None:
        phrases: dict[tuple[str, ...], Phrase] = {}
        fillers: set[str] = set()
        for keywords in languages:
            for intent, keys in KEPT.items():
                self._add(phrases, intent, [w for key in keys for w in keywords[key]], WEAK,
                          kept=True)
            for key, words in keywords.items():
                if key.startswith(HINTS):
                    self._add(phrases, key.removeprefix(HINTS).lower(), words, WEAK)
            fillers.update(keywords[FILLERS])
        for keywords in languages:  # strong after weak: a phrase in both is strong
            for key, words in keywords.items():
                if key.startswith(PHRASES):
                    self._add(phrases, key.removeprefix(PHRASES).lower(), words, STRONG)
        for intent, words in commands.items():
            self._add(phrases, intent, words, STRONG)
        self.fillers = frozenset(fillers)
        self._by_first: dict[str, list[Phrase]] = {}
        for phrase in sorted(phrases.values(), key=lambda p: -len(p.words)):
            self._by_first.setdefault(phrase.words[0], []).append(phrase)
        self._single = {p.words[0]: p for p in phrases.values()
                        if len(p.words) == 1 and not p.kept}
        self._typos = TermFinder(self._single)

    @staticmethod
    def _add(into: dict[tuple[str, ...], Phrase], intent: str, texts: Iterable[str],
             strength: int, kept: bool = False) -> None:
        for text in texts:
            words = tuple(fold(text).split())
            if words:
                into[words] = Phrase(words, intent, strength, kept)

    def phrase_at(self, words: list[str], start: int) -> Phrase | None:
        for phrase in self._by_first.get(words[start], ()):
            if tuple(words[start:start + len(phrase.words)]) == phrase.words:
                return phrase
        return None

    def near(self, word: str) -> Phrase | None:
        """The command word `word` is a small typo of, if any (first alphabetically). Short
        words must be typed right: too many everyday words are one letter from a short
        command ("weer" is not "meer", "toen" is not "toon")."""
        if len(word) < TYPO_MIN:
            return None
        found = self._typos.near(word)
        return self._single[found[0]] if found else None

    def knows(self, word: str) -> bool:
        return word in self._by_first or word in self.fillers
