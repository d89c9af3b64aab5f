"""The student statements a turn runs, built once per shape with bound values.

Building a SELECT and its cache key costs about as much CPU as SQLite takes to run it, so
the shapes in use (a scope, a number of words, a limit) are built once and reused; the
values (location, classes, mentor, words) are bound at execution.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, and_, bindparam, func, or_, select

from domain.access import StudentScope
from domain.school import fold
from storage.tables import MentorRow, StudentRow

# Mentor ids joined per student by the database (group_concat / string_agg), so a student
# and their mentors come in one statement; staff ids never contain the unit separator.
_ID_SEPARATOR = "\x1f"
# On the tables' columns, not the mapped classes': plain Core statements skip the ORM's
# execution path (see storage/logbook.py).
_STUDENT_TABLE: Table = StudentRow.__table__  # type: ignore[assignment]
_S, _M = _STUDENT_TABLE.c, MentorRow.__table__.c
_MENTOR_IDS = (
    select(func.aggregate_strings(_M.staff_id, _ID_SEPARATOR))
    .where(_M.student_number == _S.number)
    .scalar_subquery()
    .label("mentor_ids")
)
STUDENTS = select(*_STUDENT_TABLE.columns, _MENTOR_IDS)
BY_NUMBER = STUDENTS.where(_S.number == bindparam("number"))
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
    return [_S.search_key.like(bindparam(f"word{n}"), escape=_ESCAPE)
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
        places.append(_S.location == bindparam("location"))
    elif classes:
        places.append(and_(_S.location == bindparam("location"),
                           _S.class_name.in_(bindparam("classes", expanding=True))))
    if mentor:
        mentees = select(_M.student_number).where(
            _M.staff_id == bindparam("mentor_id"))
        places.append(_S.number.in_(mentees))
    if not places:
        return None
    matching = word_conditions(words)
    return (
        STUDENTS
        .where(or_(*places), *matching, _S.left_on.is_(None))
        .order_by(_S.last_name, _S.first_name, _S.number)
        .limit(limit)
    )
