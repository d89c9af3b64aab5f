"""Small typos forgiven, deterministically: a bounded Damerau–Levenshtein distance.

How many typos a word may carry depends on its length, so that short words do not match
half the dictionary:

    1-2 letters   exact only
    3 letters     one swap of neighbouring letters ("Jna" → "Jan"), nothing else
    4-7 letters   one typo: a letter missing, extra, wrong or two neighbours swapped
    8+ letters    two typos

`TermFinder` looks a typed word up among known terms (names, command words) by exact
word, by prefix and by typo. Typos are found with a deletion index (the SymSpell idea):
every term is stored under each spelling with up to its allowed number of letters left
out; a typed word's own deletions meet a term's exactly when the two are within that many
edits, which the true distance then confirms. Lookup cost grows with the word's length,
not with the number of terms: a few dozen dictionary probes per word.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import combinations

PREFIX_MIN = 3  # a typed word shorter than this is never taken as the start of a name
PREFIX_LIMIT = 64  # terms one prefix may stand for; more is not a name, just letters
LONGEST = 32  # no name or command word is longer; a longer "word" (pasted junk) has no typos


def allowed_typos(word: str) -> int:
    if len(word) <= 3:
        return 1 if len(word) == 3 else 0  # three letters: only a swap (see is_near)
    return 1 if len(word) <= 7 else 2


def is_near(typed: str, term: str) -> bool:
    """Within the typos both words allow (the smaller of the two), and not equal."""
    if typed == term:
        return False
    if min(len(typed), len(term)) <= 3:
        return _one_swap(typed, term)
    limit = min(allowed_typos(typed), allowed_typos(term))
    return distance_within(typed, term, limit)


def _one_swap(a: str, b: str) -> bool:
    if len(a) != len(b) or len(a) < 3:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def distance_within(a: str, b: str, limit: int) -> bool:
    """Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps) ≤ limit."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]):
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        if min(current) > limit:
            return False  # every path through this row already costs too much
        previous2, previous = previous, current
    return previous[len(b)] <= limit


def _deletions(word: str, count: int) -> set[str]:
    found = {word}
    for n in range(1, min(count, len(word) - 1) + 1):
        for kept in combinations(range(len(word)), len(word) - n):
            found.add("".join(word[i] for i in kept))
    return found


class TermFinder:
    """Known terms (folded words), found by exact word, by prefix, or by a forgiven typo."""

    def __init__(self, terms: Iterable[str]) -> None:
        self._terms = frozenset(terms)
        self._sorted = sorted(self._terms)
        self._by_deletion: dict[str, list[str]] = {}
        for term in self._sorted:
            if not term.isalpha() or len(term) > LONGEST:
                continue  # numbers and class names are typed exactly (or as a prefix)
            for variant in _deletions(term, allowed_typos(term)):
                self._by_deletion.setdefault(variant, []).append(term)

    def __contains__(self, word: str) -> bool:
        return word in self._terms

    def prefixed(self, typed: str) -> list[str]:
        """Terms that start with `typed` (not equal to it); none for very short words."""
        if len(typed) < PREFIX_MIN:
            return []
        found: list[str] = []
        index = bisect_left(self._sorted, typed)
        while index < len(self._sorted) and self._sorted[index].startswith(typed):
            if self._sorted[index] != typed:
                found.append(self._sorted[index])
            if len(found) > PREFIX_LIMIT:
                return []
            index += 1
        return found

    def near(self, typed: str) -> list[str]:
        """Terms one forgiven typo away (see allowed_typos), in alphabetical order."""
        if not typed.isalpha() or not 3 <= len(typed) <= LONGEST:
            return []
        candidates: set[str] = set()
        for variant in _deletions(typed, allowed_typos(typed)):
            candidates.update(self._by_deletion.get(variant, ()))
        return sorted(term for term in candidates if is_near(typed, term))
