"""Which of the students a message names is meant: ranked, and decided when it is clear.

Ranking, best first:
1. more of the typed words explained (so "Jan de Vries" beats every other Jan);
2. exact words before prefixes ("jan" → Jan before Jansen), prefixes before typos;
3. an exact full name (first and last name, or the student number);
4. the viewer's own students first: mentees, then the classes they teach, then the rest
   of their location;
5. by last name, first name, number (the order the roster lists them).

Decided at once only when the student explains every typed word, and then when one student
is best on (1, 2), or, among several equally good, exactly
one is the viewer's own student matching exactly; a typo is forgiven at once only when
another typed word matched exactly ("Jna de Vries"). Otherwise the caller offers a choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from domain.access import AT_LOCATION
from domain.school import Student
from domain.student_names import EXACT, Candidate


@dataclass(frozen=True)
class Ranked:
    students: tuple[Student, ...]  # best first
    chosen: Student | None  # the one meant, when that is clear
    typos: bool  # the best match needed a forgiven typo ("bedoel je…?")


def _key(c: Candidate) -> tuple[object, ...]:
    s = c.student
    return (c.quality, not c.full_name, c.involvement, s.last_name, s.first_name, s.number)


def rank(candidates: Sequence[Candidate], words: int) -> Ranked:
    """`words`: how many typed words the search looked for (name prefixes not counted)."""
    if not candidates:
        return Ranked((), None, False)
    ordered = sorted(candidates, key=_key)
    best = ordered[0].quality
    if -best[0] < words:  # a typed word nobody here carries ("Lotte de Vries"): only guesses
        return Ranked(tuple(c.student for c in ordered), None, True)
    top = [c for c in ordered if c.quality == best]
    own_exact = [c for c in top if c.involvement < AT_LOCATION and best[1:] == (0, 0)]
    chosen = top[0] if len(top) == 1 else own_exact[0] if len(own_exact) == 1 else None
    if chosen is not None and not any(hit.how == EXACT for hit in chosen.hits.values()):
        chosen = None  # every word a guess ("Jna de Vris"): ask, do not open a file
    return Ranked(tuple(c.student for c in ordered), chosen.student if chosen else None,
                  best[1] > 0)
