"""The students a message names: an in-memory index of the roster's names, per location.

Built once from the roster (tens of milliseconds for 30,000 students) and asked on every
message. Each roster word (first name, last name without its prefix such as "de" or
"van der", class, student number) points to the students carrying it, split by location,
kept per location and per class, so a question only looks at the asker's own scope (their
location, the classes they teach, their mentees).

Who may see whom is not decided here: `search` asks `involvement` (domain.services.
find_students) for every student it considers, and students the viewer is not involved
with are dropped before anything is scored. Ranking happens there too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from domain.access import StudentScope
from domain.school import Staff, Student, fold
from domain.typos import TermFinder

# Name prefixes (tussenvoegsels): part of "de Vries", but never enough to find a student.
NAME_PREFIXES = frozenset({
    "de", "den", "der", "van", "von", "het", "t", "'t", "ten", "ter", "te", "in", "op",
    "el", "al", "la", "le", "du", "da", "di", "d", "l", "s", "'s", "aan", "bij", "uit",
})

FIRST, LAST, CLASS, NUMBER = "first", "last", "class", "number"
EXACT, PREFIX, TYPO = 0, 1, 2  # how a typed word matched a roster word, best first


class Hit(NamedTuple):  # a tuple: hundreds are made per message
    """One typed word matched one of the student's roster words."""

    word: int  # position of the typed word
    part: str  # FIRST, LAST, CLASS or NUMBER
    how: int  # EXACT, PREFIX or TYPO


class Candidate:
    """A student some typed words name; `quality` and `full_name` are worked out once, as
    the ranking sorts hundreds of them ("jan" at a big location)."""

    __slots__ = ("student", "involvement", "hits", "quality", "full_name")

    def __init__(self, student: Student, involvement: int, hits: dict[int, Hit]) -> None:
        self.student = student
        self.involvement = involvement  # 0 mentee, 1 a class they teach, 2 their location
        self.hits = hits  # the best hit per typed word
        hows = [hit.how for hit in hits.values()]
        # more words explained, then fewer typos, then fewer prefixes
        self.quality = (-len(hows), hows.count(TYPO), hows.count(PREFIX))
        exact = {hit.part for hit in hits.values() if hit.how == EXACT}
        self.full_name = NUMBER in exact or (FIRST in exact and LAST in exact)


Involvement = Callable[[Staff, Student], int | None]


def name_words(text: str) -> list[str]:
    """A name's folded words without its prefixes: "van der Meer" → ["meer"]."""
    words = fold(text).replace("-", " ").split()
    core = [w for w in words if w not in NAME_PREFIXES]
    return core or words


def searched(words: Sequence[str]) -> int:
    """How many of the typed words a student can explain (prefixes such as "de" are not)."""
    return sum(1 for word in words if word not in NAME_PREFIXES)


def _parts(student: Student, folded: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The student's roster words; `folded` remembers names already folded (a school has
    a few hundred distinct names for thousands of students)."""
    def words(text: str) -> list[str]:
        if text not in folded:
            folded[text] = name_words(text)
        return folded[text]

    return ([(w, FIRST) for w in words(student.first_name)]
            + [(w, LAST) for w in words(student.last_name)]
            + [(w, CLASS) for w in words(student.class_name)] + [(student.number, NUMBER)])


Postings = dict[str, tuple[Student, str]]  # student number → (student, part)
NARROW_ABOVE = 24  # equally good students beyond this: only the viewer's own and 24 more


class StudentNames:
    def __init__(self, students: Iterable[Student]) -> None:
        # roster word → location → postings; → (location, class) → postings (for docents);
        # mentor id → roster word → postings (mentees may sit at another location)
        self._at: dict[str, dict[str, Postings]] = {}
        self._in_class: dict[str, dict[tuple[str, str], Postings]] = {}
        self._mentees: dict[str, dict[str, Postings]] = {}
        self.size = 0
        folded: dict[str, list[str]] = {}
        # in roster order (last name, first name, number): postings iterate in that order
        self._order: dict[str, int] = {}
        for student in sorted(students, key=_roster_order):
            self._order[student.number] = len(self._order)
            for word, part in _parts(student, folded):
                entry = (student, part)
                self._at.setdefault(word, {}).setdefault(student.location, {})[
                    student.number] = entry
                self._in_class.setdefault(word, {}).setdefault(
                    (student.location, student.class_name), {})[student.number] = entry
                for mentor in student.mentors:
                    self._mentees.setdefault(mentor, {}).setdefault(word, {})[
                        student.number] = entry
            self.size += 1
        self._finder = TermFinder(self._at)

    def knows(self, scope: StudentScope, word: str) -> bool:
        """Whether a folded word is exactly a name, class or number of a student in the
        viewer's scope (students outside it must not change how a message is read)."""
        return word in self._finder and bool(self._scoped(word, scope))

    def may_name(self, scope: StudentScope, word: str) -> bool:
        """Whether a folded word names a student in scope exactly, as the start of a name
        or with a forgiven typo (how search would read it)."""
        return bool(self._sources(word, scope))

    def search(self, viewer: Staff, scope: StudentScope, words: Sequence[str],
               involvement: Involvement) -> list[Candidate]:
        """The students in `scope` that the most typed (folded) words name, with how each
        word matched; `involvement` has the last word on each. An exact roster word hides
        the words it is the start of; a word that is the start of roster words hides typos.

        The counting runs on dictionaries of student numbers (C speed): only the students
        the most words name become candidates."""
        sources = [self._sources(word, scope) for word in words]
        counts: Counter[str] = Counter()
        for found in sources:
            if len(found) == 1:
                counts.update(found[0][1].keys())
            elif found:
                counts.update(set().union(*(postings for _, postings in found)))
        if not counts:
            return []
        most = max(counts.values())
        best = [number for number, count in counts.items() if count == most]
        if len(best) > NARROW_ABOVE and _one_kind(sources):
            best = self._narrowed(best, words, scope)
        candidates = []
        for number in best:
            candidate = _candidate(viewer, number, sources, involvement)
            if candidate is not None:
                candidates.append(candidate)
        return candidates

    def _narrowed(self, numbers: list[str], words: Sequence[str], scope: StudentScope
                  ) -> list[str]:
        """Of many equally good students ("jan" at a big location): all of the viewer's
        own (mentees, classes taught) and the first others in roster order; enough for a
        choice, without ranking hundreds."""
        own_scope = replace(scope, whole_location=False)
        own_keys: set[str] = set()
        for word in words:
            for term, _ in self._terms_for(word):
                for postings in self._scoped(term, own_scope):
                    own_keys.update(postings)
        others = sorted((n for n in numbers if n not in own_keys), key=self._order.__getitem__)
        return [n for n in numbers if n in own_keys] + others[:NARROW_ABOVE]

    def _sources(self, word: str, scope: StudentScope) -> list[tuple[int, Postings]]:
        """(how, postings) for one typed word, best kind of match first."""
        return [(how, postings) for term, how in self._terms_for(word)
                for postings in self._scoped(term, scope)]

    def _terms_for(self, word: str) -> list[tuple[str, int]]:
        if word in NAME_PREFIXES:
            return []
        if word in self._finder:  # and its near twins: "jansen" may be Elif Janssen
            return [(word, EXACT), *((term, TYPO) for term in self._finder.near(word))]
        prefixed = self._finder.prefixed(word)
        if prefixed:
            return [(term, PREFIX) for term in prefixed]
        return [(term, TYPO) for term in self._finder.near(word)]

    def _scoped(self, term: str, scope: StudentScope) -> list[Postings]:
        found = []
        if scope.whole_location:
            found.append(self._at.get(term, {}).get(scope.location))
        else:
            by_class = self._in_class.get(term, {})
            found += [by_class.get((scope.location, c)) for c in scope.classes]
        if scope.mentor_id is not None:
            found.append(self._mentees.get(scope.mentor_id, {}).get(term))
        return [postings for postings in found if postings]


def _roster_order(student: Student) -> tuple[str, str, str]:
    return (student.last_name, student.first_name, student.number)


def _one_kind(sources: list[list[tuple[int, Postings]]]) -> bool:
    """Every word matched one way (all exact, say): then the students the most words name
    are equally good, and differ only in closeness to the viewer and in name."""
    return len({how for found in sources for how, _ in found}) <= 1


def _candidate(viewer: Staff, number: str, sources: list[list[tuple[int, Postings]]],
               involvement: Involvement) -> Candidate | None:
    hits: dict[int, Hit] = {}
    student: Student | None = None
    for position, found in enumerate(sources):
        for how, postings in found:  # best kind of match first: the first hit is the best
            entry = postings.get(number)
            if entry is not None:
                student, hits[position] = entry[0], Hit(position, entry[1], how)
                break
    level = None if student is None else involvement(viewer, student)
    if student is None or level is None:
        return None  # not involved: this student does not exist for the viewer
    return Candidate(student, level, hits)
