"""Staff type a student number (or click a button that types it) more often than anything:
look it up by its key first, and search the names only when that finds nobody."""

from __future__ import annotations

from domain.ports import UnitOfWork
from domain.school import Staff
from domain.services.entry_rules import visible_student
from domain.services.find_students import StudentSearch, find_students
from domain.student_names import StudentNames


async def lookup_students(
    viewer: Staff, text: str, uow: UnitOfWork, limit: int = 10,
    names: StudentNames | None = None,
) -> StudentSearch:
    """As find_students; a whole student number the viewer is involved with is found by its
    key (a partial number, or one outside the viewer's circle, goes on to the search, so
    the answer for an unrelated student stays that for one who does not exist)."""
    typed = text.strip()
    if typed.isdigit():
        async with uow:
            student = await visible_student(uow, viewer, typed)
        if student is not None and student.left_on is None:  # as the search: current only
            return StudentSearch((student,))
    return await find_students(viewer, typed, uow, limit, names)
