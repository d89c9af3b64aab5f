"""Filter words come off the end of `logboek …`; what remains names the student."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.logbook.logbook_request import (
    filters_from_state,
    filters_to_state,
    parse_logbook_request,
)
from domain.school_year import SchoolYear
from domain.services.read_logbook import LogbookFilters

F = LogbookFilters


@pytest.mark.parametrize(("typed", "student", "filters"), [
    ("Jan de Vries", "Jan de Vries", F()),
    ("Jan urgent", "Jan", F(urgent_only=True)),
    ("2A Jan Let op", "2A Jan", F(urgent_only=True)),
    ("Jan verzuim", "Jan", F(absence_only=True)),
    ("Jan 2025-2026", "Jan", F(school_year=SchoolYear(2025))),
    ("Jan 2025/26", "Jan", F(school_year=SchoolYear(2025))),
    ("100001 inclusief verlopen", "100001", F(include_expired=True)),
    ("Jan de Vries verzuim 2025-2026 urgent", "Jan de Vries",
     F(urgent_only=True, absence_only=True, school_year=SchoolYear(2025))),
    ("Jan URGENT", "Jan", F(urgent_only=True)),
    ("Urgent Jansen", "Urgent Jansen", F()),  # only words at the end are filters
    ("Jan 2025-2027", "Jan 2025-2027", F()),  # not a school year: part of the name
    ("urgent", "", F(urgent_only=True)),
    ("", "", F()),
])
def test_filters_are_taken_off_the_end(typed: str, student: str, filters: F) -> None:
    request = parse_logbook_request(typed)
    assert (request.student, request.filters) == (student, filters)


@given(st.builds(F, urgent_only=st.booleans(), absence_only=st.booleans(),
                 include_expired=st.booleans(),
                 school_year=st.none() | st.builds(SchoolYear, st.integers(2000, 2100))))
def test_filters_survive_the_conversation_state(filters: F) -> None:
    assert filters_from_state(filters_to_state(filters)) == filters
