"""A year state's stored document: compact now, and the first format still reads the same."""

from __future__ import annotations

from datetime import date

from domain.absence.state import YearState
from domain.school_year import SchoolYear

YEAR = SchoolYear(2026)
STATE = YearState(
    "100", YEAR, counts={"late": 7.0, "truancy": 2.0}, fired=frozenset({"late:3", "late:6"}),
    sick_reports=(date(2026, 9, 3), date(2027, 2, 1)), open_sick=date(2027, 2, 1),
    last_recovered=date(2026, 9, 7), loose_recoveries=(date(2026, 10, 5),), sick_days_closed=3,
    truancy_days=(date(2026, 10, 1),), duo_hours=((date(2026, 10, 1), 2.0),),
    duo_after=date(2026, 8, 1))
FIRST_FORMAT = {
    "counts": {"late": 7.0, "truancy": 2.0}, "fired": ["late:3", "late:6"],
    "sick_reports": ["2026-09-03", "2027-02-01"], "open_sick": "2027-02-01",
    "last_recovered": "2026-09-07", "loose_recoveries": ["2026-10-05"], "sick_days_closed": 3,
    "truancy_days": ["2026-10-01"], "duo_hours": [["2026-10-01", 2.0]], "duo_after": "2026-08-01",
}


def test_a_state_survives_its_document() -> None:
    assert YearState.from_json("100", YEAR, STATE.to_json()) == STATE


def test_an_empty_state_writes_no_fields() -> None:
    document = YearState.empty("100", YEAR).to_json()
    assert YearState.from_json("100", YEAR, document) == YearState.empty("100", YEAR)
    assert len(document) == 1  # only the format


def test_dates_are_day_numbers_from_1_august() -> None:
    document = STATE.to_json()
    assert (document["duo_after"], document["sick_reports"]) == (0, [33, 184])


def test_documents_of_the_first_format_read_the_same() -> None:
    assert YearState.from_json("100", YEAR, FIRST_FORMAT) == STATE
    empty_fields = {"open_sick": None, "loose_recoveries": [], "duo_after": None}
    assert YearState.from_json("100", YEAR, empty_fields) == YearState.empty("100", YEAR)
