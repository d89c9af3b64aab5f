"""The students a message names: an in-memory index of the roster's names, per location.

Built once from the roster (tens of milliseconds for 30,000 students) and asked on every
message. Each roster word (first name, last name without its prefix such as "de" or
"van der", class, student number) points to the students carrying it, split by location,
so a question only ever walks the students at the asker's location plus their own mentees:
at 30,000 students "jan" walks a few hundred entries, not the school.

Who may see whom is not decided here: `search` asks `involvement` (domain.services.
find_students) for every student it considers, and students the viewer is not involved
with are dropped before anything is scored. Ranking happens there too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from domain.school import Staff, Student, fold
from domain.typos import TermFinder

# Name prefixes (tussenvoegsels): part of "de Vries", but never enough to find a student.
NAME_PREFIXES = frozenset({
    "de", "den", "der", "van", "von", "het", "t", "'t", "ten", "ter", "te", "in", "op",
    "el", "al", "la", "le", "du", "da", "di", "d", "l", "s", "'s", "aan", "bij", "uit",
})

FIRST, LAST, CLASS, NUMBER = "first", "last", "class", "number"
EXACT, PREFIX, TYPO = 0, 1, 2  # how a typed word matched a roster word, best first


@dataclass(frozen=True)
class Hit:
    """One typed word matched one of the student's roster words."""

    word: int  # position of the typed word
    part: str  # FIRST, LAST, CLASS or NUMBER
    how: int  # EXACT, PREFIX or TYPO


@dataclass
class Candidate:
    student: Student
    involvement: int  # 0 mentee, 1 a class the viewer teaches, 2 the viewer's location
    hits: dict[int, Hit] = field(default_factory=dict)  # best hit per typed word

    def add(self, hit: Hit) -> None:
        known = self.hits.get(hit.word)
        if known is None or hit.how < known.how:
            self.hits[hit.word] = hit


Involvement = Callable[[Staff, Student], int | None]


def name_words(text: str) -> list[str]:
    """A name's folded words without its prefixes: "van der Meer" → ["meer"]."""
    words = fold(text).replace("-", " ").split()
    core = [w for w in words if w not in NAME_PREFIXES]
    return core or words


def searched(words: Sequence[str]) -> int:
    """How many of the typed words a student can explain (prefixes such as "de" are not)."""
    return sum(1 for word in words if word not in NAME_PREFIXES)


def _parts(student: Student) -> list[tuple[str, str]]:
    return ([(w, FIRST) for w in name_words(student.first_name)]
            + [(w, LAST) for w in name_words(student.last_name)]
            + [(fold(student.class_name), CLASS), (student.number, NUMBER)])


class StudentNames:
    def __init__(self, students: Iterable[Student]) -> None:
        # roster word → location → [(student, part)]
        self._postings: dict[str, dict[str, list[tuple[Student, str]]]] = {}
        self._mentees: dict[str, list[tuple[Student, dict[str, str]]]] = {}
        self.size = 0
        for student in students:
            parts = _parts(student)
            for word, part in parts:
                by_place = self._postings.setdefault(word, {})
                by_place.setdefault(student.location, []).append((student, part))
            for mentor in student.mentors:
                self._mentees.setdefault(mentor, []).append((student, dict(parts)))
            self.size += 1
        self._finder = TermFinder(self._postings)

    def knows(self, viewer: Staff, word: str, involvement: Involvement) -> bool:
        """Whether a folded word is exactly a name, class or number of one of the viewer's
        students (others must not change how a message is read)."""
        by_place = self._postings.get(word)
        if not by_place:
            return False
        if any(involvement(viewer, s) is not None for s, _ in by_place.get(viewer.location, ())):
            return True
        return any(word in parts for _, parts in self._mentees.get(viewer.id, ()))

    def search(
        self, viewer: Staff, words: Sequence[str], involvement: Involvement
    ) -> list[Candidate]:
        """Every student `viewer` is involved with that one of the typed (folded) words
        names, with how each word matched. An exact roster word hides the words it is the
        start of; a word that is the start of roster words hides typos."""
        found: dict[str, Candidate | None] = {}  # None: looked at, not involved
        for position, word in enumerate(words):
            for term, how in self._terms_for(word):
                self._collect(viewer, position, term, how, involvement, found)
        return [candidate for candidate in found.values() if candidate is not None]

    def _terms_for(self, word: str) -> list[tuple[str, int]]:
        if word in NAME_PREFIXES:
            return []
        if word in self._finder:  # and its near twins: "jansen" may be Elif Janssen
            return [(word, EXACT), *((term, TYPO) for term in self._finder.near(word))]
        prefixed = self._finder.prefixed(word)
        if prefixed:
            return [(term, PREFIX) for term in prefixed]
        return [(term, TYPO) for term in self._finder.near(word)]

    def _collect(self, viewer: Staff, position: int, term: str, how: int,
                 involvement: Involvement, found: dict[str, Candidate | None]) -> None:
        for student, part in self._postings[term].get(viewer.location, ()):
            self._note(viewer, student, Hit(position, part, how), involvement, found)
        for student, parts in self._mentees.get(viewer.id, ()):
            if student.location != viewer.location and term in parts:
                self._note(viewer, student, Hit(position, parts[term], how), involvement, found)

    @staticmethod
    def _note(viewer: Staff, student: Student, hit: Hit, involvement: Involvement,
              found: dict[str, Candidate | None]) -> None:
        if student.number not in found:
            level = involvement(viewer, student)
            # not involved: this student does not exist for the viewer
            found[student.number] = None if level is None else Candidate(student, level)
        candidate = found[student.number]
        if candidate is not None:
            candidate.add(hit)
