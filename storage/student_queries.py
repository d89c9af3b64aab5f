"""The student statements a turn runs, built once per shape with bound values.

Building a SELECT and its cache key costs about as much CPU as SQLite takes to run it, so
the shapes in use (a scope, a number of words, a limit) are built once and reused; the
values (location, classes, mentor, words) are bound at execution.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, or_, select

from domain.access import StudentScope
from domain.school import fold
from storage.tables import MentorRow, StudentRow

# Mentor ids joined per student by the database (group_concat / string_agg), so a student
# and their mentors come in one statement; staff ids never contain the unit separator.
_ID_SEPARATOR = "\x1f"
_MENTOR_IDS = (
    select(func.aggregate_strings(MentorRow.staff_id, _ID_SEPARATOR))
    .where(MentorRow.student_number == StudentRow.number)
    .scalar_subquery()
    .label("mentor_ids")
)
STUDENTS = select(*StudentRow.__table__.columns, _MENTOR_IDS)
BY_NUMBER = STUDENTS.where(StudentRow.number == bindparam("number"))
_ESCAPE = "/"  # as SQLAlchemy's contains(..., autoescape=True)


def mentor_ids(cell: str | None) -> list[str]:
    return [part for part in (cell or "").split(_ID_SEPARATOR) if part]


def search_words(words: Sequence[str]) -> list[str]:
    return [fold(word) for word in words if word.strip()]


def word_values(words: Sequence[str]) -> dict[str, str]:
    """`%word%` per word, with LIKE's wildcards and the escape character escaped."""
    return {f"word{n}": "%" + _escaped(word) + "%" for n, word in enumerate(words)}


def _escaped(word: str) -> str:
    return (word.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%")
            .replace("_", _ESCAPE + "_"))


def word_conditions(count: int) -> list[ColumnElement[bool]]:
    return [StudentRow.search_key.like(bindparam(f"word{n}"), escape=_ESCAPE)
            for n in range(count)]


def in_scope(scope: StudentScope, words: Sequence[str], limit: int | None
             ) -> tuple[Select[Any], dict[str, Any]] | None:
    """The scope search and its values; None when the scope holds nobody."""
    folded = search_words(words)
    statement = _scope_statement(scope.whole_location, bool(scope.classes),
                                 scope.mentor_id is not None, len(folded), limit)
    if statement is None:
        return None
    values = {"location": scope.location, "classes": sorted(scope.classes),
              "mentor_id": scope.mentor_id, **word_values(folded)}
    return statement, values


@lru_cache(maxsize=256)
def _scope_statement(whole_location: bool, classes: bool, mentor: bool, words: int,
                     limit: int | None) -> Select[Any] | None:
    places: list[ColumnElement[bool]] = []
    if whole_location:
        places.append(StudentRow.location == bindparam("location"))
    elif classes:
        places.append(and_(StudentRow.location == bindparam("location"),
                           StudentRow.class_name.in_(bindparam("classes", expanding=True))))
    if mentor:
        mentees = select(MentorRow.student_number).where(
            MentorRow.staff_id == bindparam("mentor_id"))
        places.append(StudentRow.number.in_(mentees))
    if not places:
        return None
    return (
        STUDENTS
        .where(or_(*places), *word_conditions(words), StudentRow.left_on.is_(None))
        .order_by(StudentRow.last_name, StudentRow.first_name, StudentRow.number)
        .limit(limit)
    )
