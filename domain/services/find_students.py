"""Find a student by name parts, class or number, among the students the viewer serves.

With the roster's name index (domain/student_names.py, kept by RosterNames) a search costs
microseconds and never touches the database until the students it shows are read again
(the index may be a few minutes old: who left or changed mentor counts at once). Without
it, or when the index knows nobody by those words (a student added since it was built),
the database is asked, and its answers are ranked the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from domain.access import closeness, is_involved, student_scope
from domain.ports import UnitOfWork
from domain.school import Staff, Student, fold
from domain.services.rank_students import Ranked, rank
from domain.student_names import StudentNames, searched

# A staff member serving a whole location sees a few thousand names at most; the typo
# fallback indexes all of them, so it stays a bounded, in-memory job.
MAX_CANDIDATES = 10_000
# A name, a class and a number are a few words; each word is one LIKE in the query, and a
# message of thousands of words would build a statement the database refuses (or that
# blocks the loop while it is compiled): words after the first MAX_SEARCH_WORDS are not read.
MAX_SEARCH_WORDS = 12
LIKE_CANDIDATES = 200  # enough to hold every "Jan" of a location before ranking


@dataclass(frozen=True)
class StudentSearch:
    matches: tuple[Student, ...]
    closest: tuple[Student, ...] = ()  # only when nothing matched exactly: "bedoel je...?"


async def find_students(
    viewer: Staff, text: str, uow: UnitOfWork, limit: int = 10,
    names: StudentNames | None = None,
) -> StudentSearch:
    """Students named by the typed words (accents and case ignored) that `viewer` is
    involved with, best first (rank_students); students outside that circle are never
    found, not even as 'closest'. Words after the first MAX_SEARCH_WORDS are not read."""
    words = fold(text).split()[:MAX_SEARCH_WORDS]
    if not words:
        return StudentSearch(())
    if names is not None:
        ranked = ranked_students(viewer, words, names)
        if ranked.students:
            return await read_again(viewer, ranked, uow, limit)
    # With an index, only a student added since it was built can still be found: by the
    # words as typed. Without one, typos are looked for among all the viewer's students.
    return as_search(await _from_database(viewer, words, uow, typos=names is None), limit)


def ranked_students(viewer: Staff, words: list[str], names: StudentNames) -> Ranked:
    """The viewer's students the typed (folded) words name, best first: in memory only."""
    return rank(names.search(viewer, student_scope(viewer), words, closeness), searched(words))


def name_words_known(viewer: Staff, names: StudentNames) -> Callable[[str], bool]:
    """Whether a folded word is a name, class or number of one of the viewer's students."""
    scope = student_scope(viewer)
    return lambda word: names.knows(scope, word)


async def _from_database(viewer: Staff, words: list[str], uow: UnitOfWork, typos: bool
                         ) -> Ranked:
    async with uow:
        found = await uow.directory.students_in_scope(student_scope(viewer), words,
                                                      LIKE_CANDIDATES)
    if not found and typos:  # no student holds every word: look among all of them
        return ranked_students(viewer, words, await circle_names(viewer, uow))
    return ranked_students(viewer, words, StudentNames(found))


async def circle_names(viewer: Staff, uow: UnitOfWork) -> StudentNames:
    """The viewer's current students, read from the database and indexed: the index to
    search when the roster's is missing or does not know a name yet."""
    async with uow:
        found = await uow.directory.students_in_scope(student_scope(viewer), (), MAX_CANDIDATES)
    return StudentNames(found)


async def read_again(viewer: Staff, ranked: Ranked, uow: UnitOfWork, limit: int
                      ) -> StudentSearch:
    """The index's answer with each student read again from the roster: one who left or
    is no longer the viewer's is dropped."""
    shown = (ranked.chosen,) if ranked.chosen else ranked.students[:limit]
    async with uow:
        current = [await uow.directory.student(s.number) for s in shown]
    fresh = tuple(s for s in current
                  if s is not None and s.left_on is None and is_involved(viewer, s))
    chosen = fresh[0] if ranked.chosen and fresh else None
    return as_search(Ranked(fresh, chosen, ranked.typos), limit)


def as_search(ranked: Ranked, limit: int) -> StudentSearch:
    if ranked.chosen is not None:
        return StudentSearch((ranked.chosen,))
    if ranked.typos:
        return StudentSearch((), ranked.students[:limit])
    return StudentSearch(ranked.students[:limit])
