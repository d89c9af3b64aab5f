"""Read one message: the intent, the words left for the command, and how sure we are.

    "kun je het logboek van Jan laten zien?"  → logbook, "Jan"          (clear)
    "wat moet ik nog doen"                    → tasks                   (clear)
    "logbok jna de vries"                     → logbook, "jna de vries" (logbok ~ logboek)
    "Jan de Vries"                            → no intent, "Jan de Vries": a name alone;
                                                the main dialog opens its logbook if the
                                                words name a student, else explains itself
The command phrase with the strongest kind (a command noun before a hinting verb) wins;
between equals, one typed right before one with a typo, then the earliest. Words forgiven
as typos are listed, so a test (or a log line) can say why a message was read that way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dialogs.understanding import intents as i
from dialogs.understanding.vocabulary import STRONG, Phrase, Vocabulary
from domain.school import fold
from domain.student_names import NAME_PREFIXES

_TOKENS = re.compile(r"[^\W_]+(?:['’./-][^\W_]+)*|[?:;,.!]")
_PUNCTUATION = frozenset("?:;,.!")
# After the student's name, these start what the user wants to say about them:
# "noteer voor Jan: gesprek gehad", "noteer voor Jan dat hij te laat was".
CONTENT_STARTS = frozenset({":", ";", ",", ".", "!", "?", "-", "dat", "that"})
MAX_WORDS = 60  # a request is a sentence; the rest of a pasted text is not read
CLEAR_STRAY_WORDS = 0  # words that are neither command, filler nor name, in a clear command


@dataclass(frozen=True)
class Found:
    phrase: Phrase
    start: int
    length: int
    typo: bool = False


@dataclass(frozen=True)
class Reading:
    intent: str | None
    words: tuple[str, ...]  # the words left for the command, as typed (names, numbers...)
    clear: bool  # unmistakably this command: may interrupt a running dialog
    typos: tuple[tuple[str, str], ...] = ()  # (typed, read as)
    tail: tuple[str, ...] = ()  # the command's own filter/topic words, read after the rest

    @property
    def args(self) -> str:
        return " ".join((*self.words, *self.tail))


def understand(text: str, vocabulary: Vocabulary,
               knows_name: Callable[[str], bool] = lambda word: False) -> Reading:
    typed = [_without_possessive(word) for word in _TOKENS.findall(text)[:MAX_WORDS]]
    words = [fold(word) for word in typed]
    if words == ["?"]:
        return Reading(i.HELP, (), True)
    found = _phrases(words, vocabulary, knows_name)
    found += _typos(words, found, vocabulary, knows_name)
    winner = min(found, key=lambda f: (-f.phrase.strength, f.typo, f.start), default=None)
    args, tail = _args(typed, words, found, winner, vocabulary)
    intent = winner.phrase.intent if winner else None
    intent = _adjusted(intent, args, knows_name)
    stray = [w for w in fold(" ".join(args)).split()
             if w.isalpha() and w not in NAME_PREFIXES and not knows_name(w)]
    clear = (intent is not None and winner is not None and winner.phrase.strength == STRONG
             and len(stray) <= CLEAR_STRAY_WORDS)
    typos = tuple((typed[f.start], " ".join(f.phrase.words)) for f in found if f.typo)
    return Reading(intent, tuple(args), clear, typos, tuple(tail))


def _phrases(words: list[str], vocabulary: Vocabulary, knows_name: Callable[[str], bool]
             ) -> list[Found]:
    found, index = [], 0
    while index < len(words):
        phrase = None if words[index] in _PUNCTUATION else vocabulary.phrase_at(words, index)
        if phrase is None or _surname(words, index, knows_name):
            index += 1
            continue
        found.append(Found(phrase, index, len(phrase.words)))
        index += len(phrase.words)
    return found


def _surname(words: list[str], index: int, knows_name: Callable[[str], bool]) -> bool:
    """'van der Meer': a command word after a name prefix that is a name on the roster."""
    return index > 0 and words[index - 1] in NAME_PREFIXES and knows_name(words[index])


def _typos(words: list[str], found: list[Found], vocabulary: Vocabulary,
           knows_name: Callable[[str], bool]) -> list[Found]:
    """Command words typed with a small typo; never a word that is a name on the roster."""
    taken = {index for f in found for index in range(f.start, f.start + f.length)}
    typos = []
    for index, word in enumerate(words):
        if index in taken or vocabulary.knows(word) or knows_name(word):
            continue
        phrase = vocabulary.near(word)
        if phrase is not None:
            typos.append(Found(phrase, index, 1, typo=True))
    return typos


def _args(typed: list[str], words: list[str], found: list[Found], winner: Found | None,
          vocabulary: Vocabulary) -> tuple[list[str], list[str]]:
    """What is left for the command: words outside the matched phrases and not fillers
    (a filler capitalised mid-sentence is kept: it may be a name, "Wil"). The winning
    intent's kept phrases (filters, topics) go to the end, where the command reads them."""
    drop: set[int] = set()
    tail: list[str] = []
    for f in found:
        span = range(f.start, f.start + f.length)
        if f.phrase.kept and (winner is None or f.phrase.intent != winner.phrase.intent):
            continue  # another intent's filter word: an ordinary word here
        drop.update(span)
        if f.phrase.kept:
            tail += [typed[index] for index in span]
    keep = [index not in drop and word not in _PUNCTUATION
            and (word not in vocabulary.fillers or _capitalised(typed, index))
            for index, word in enumerate(words)]
    _drop_content(words, keep)
    for index in range(len(words) - 2, 0, -1):  # "Jan de Vries", "Tim van der Meer"
        if words[index] in NAME_PREFIXES and keep[index + 1] and keep[index - 1]:
            keep[index] = True
    return [typed[index] for index in range(len(words)) if keep[index]], tail


def _drop_content(words: list[str], keep: list[bool]) -> None:
    """What follows the name after a colon or "dat" is about the student, not a name."""
    named = False
    for index, word in enumerate(words):
        if named and word in CONTENT_STARTS:
            keep[index:] = [False] * (len(words) - index)
            return
        named = named or keep[index]


def _without_possessive(word: str) -> str:
    """"Elif's file" → "Elif"."""
    return word[:-2] if len(word) > 3 and word[-2:] in ("'s", "’s") else word


def _capitalised(typed: list[str], index: int) -> bool:
    return index > 0 and typed[index][:1].isupper()


def _adjusted(intent: str | None, args: list[str], knows_name: Callable[[str], bool]
              ) -> str | None:
    """'meer over Jan' and 'hoi Jan' ask for Jan's logbook; 'bekijk Jan' too, while
    'details 3' is the third form."""
    named = any(knows_name(fold(word)) for word in args)
    if intent in i.WITHOUT_STUDENT and named:
        return i.LOGBOOK
    if intent == i.DETAILS and named:
        return i.LOGBOOK
    return intent

