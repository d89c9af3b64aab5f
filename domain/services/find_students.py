"""Find a student by name parts, class or number, among the students the viewer serves."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from domain.access import is_involved, student_scope
from domain.ports import UnitOfWork
from domain.school import Staff, Student, fold

# A staff member serving a whole location sees a few thousand names at most; the
# fallback compares against all of them, so it stays a bounded, in-memory job.
MAX_CANDIDATES = 10_000
CLOSENESS = 0.6
# A name, a class and a number are a few words; each word is one LIKE in the query, and a
# message of thousands of words would build a statement the database refuses (or that
# blocks the loop while it is compiled).
MAX_SEARCH_WORDS = 8


@dataclass(frozen=True)
class StudentSearch:
    matches: tuple[Student, ...]
    closest: tuple[Student, ...] = ()  # only when nothing matched: "bedoelde je...?"


async def find_students(
    viewer: Staff, text: str, uow: UnitOfWork, limit: int = 10
) -> StudentSearch:
    """Students containing every typed word (accents and case ignored) that `viewer` is
    involved with; students outside that circle are never found, not even as 'closest'.
    More than MAX_SEARCH_WORDS words find nobody."""
    words = fold(text).split()
    if not words or len(words) > MAX_SEARCH_WORDS:
        return StudentSearch(())
    scope = student_scope(viewer)
    async with uow:
        found = await uow.directory.students_in_scope(scope, words, limit)
        matches = tuple(s for s in found if is_involved(viewer, s))
        if matches:
            return StudentSearch(matches)
        candidates = await uow.directory.students_in_scope(scope, (), MAX_CANDIDATES)
    visible = [s for s in candidates if is_involved(viewer, s)]
    return StudentSearch((), closest_names(" ".join(words), visible, limit))


def closest_names(typed: str, students: list[Student], limit: int) -> tuple[Student, ...]:
    """Students whose full, first or last name looks like what was typed, closest first."""
    scored: dict[str, tuple[float, Student]] = {}
    for student in students:
        for name in (student.full_name, student.first_name, student.last_name):
            score = _likeness(typed, fold(name))
            if score >= CLOSENESS and score > scored.get(student.number, (0.0, student))[0]:
                scored[student.number] = (score, student)
    ranked = sorted(scored.values(), key=lambda pair: (-pair[0], pair[1].full_name))
    return tuple(student for _, student in ranked[:limit])


def _likeness(typed: str, name: str) -> float:
    matcher = difflib.SequenceMatcher(None, typed, name)
    if matcher.real_quick_ratio() < CLOSENESS or matcher.quick_ratio() < CLOSENESS:
        return 0.0  # cheap upper bounds first: most names are nowhere near
    return matcher.ratio()
