"""Which of the viewer's students a free text names: a colleague's Teams message, say.

A message is not a search query (find_students wants every word to match a student): here
each student's name is looked for in the text. Only students the viewer is involved with
are candidates, so a student outside that circle is never found, as everywhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.access import is_involved, student_scope
from domain.ports import UnitOfWork
from domain.school import Staff, Student, fold
from domain.services.find_students import MAX_CANDIDATES

_WORD = re.compile(r"[\w'-]+")
# Words too common to narrow anything down, never a whole first or last name on their own
# (a prefix such as 'de' or 'van' comes with the rest of the last name).
_COMMON = frozenset("de het een en van der den te ter in op is of om aan met voor bij "
                    "the a an and to at on for with".split())
# Beyond this many different words the database is asked for every student in the circle.
MAX_NARROWING_WORDS = 64


@dataclass(frozen=True)
class NamedStudents:
    students: tuple[Student, ...] = ()
    by_full_name: bool = False  # False: only a first or last name matched, a guess

    @property
    def the_one(self) -> Student | None:
        """The student the text clearly names, if exactly one is named in full."""
        return self.students[0] if self.by_full_name and len(self.students) == 1 else None


async def students_named_in(
    viewer: Staff, text: str, uow: UnitOfWork, limit: int = 10
) -> NamedStudents:
    """Students whose full name or number the text holds; failing those, students whose
    first or last name (with its prefix: 'de Vries') stands in it as whole words."""
    padded = _padded(text)
    if not padded.strip():
        return NamedStudents()
    async with uow:
        candidates = await uow.directory.students_in_scope(
            student_scope(viewer), _narrowing(padded), MAX_CANDIDATES, any_word=True)
    visible = [s for s in candidates if is_involved(viewer, s)]
    named = [s for s in visible
             if _padded(s.full_name) in padded or f" {s.number} " in padded]
    by_full_name = bool(named)
    if not named:
        named = [s for s in visible if _padded(s.first_name) in padded
                 or _padded(s.last_name) in padded]
    ranked = tuple(sorted(named, key=lambda s: (s.full_name, s.number))[:limit])
    return NamedStudents(ranked, by_full_name)


def _padded(text: str) -> str:
    """Folded words between single spaces, with a space at each end: whole-word matching
    is then a substring test."""
    return f" {' '.join(_WORD.findall(fold(text)))} "


def _narrowing(padded: str) -> tuple[str, ...]:
    """Words one of which any named student's search key holds: the database returns only
    those students, not the whole circle (a location holds thousands)."""
    words = tuple(sorted({word for word in padded.split() if word not in _COMMON}))
    return words if len(words) <= MAX_NARROWING_WORDS else ()
