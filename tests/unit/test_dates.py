"""YYYY-MM-DD is ISO wherever a date is taken; day-first only for what people type."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import Invalid
from domain.expiry import parse_expiry
from domain.field_values import field_value
from domain.forms import CATALOGUE, FormType
from domain.school import Student

TODAY = date(2026, 11, 2)
JAN = Student("100001", "Jan", "de Vries", "2A", "noord")
INCIDENT_DATE = next(f for f in CATALOGUE[FormType.INCIDENT].fields if f.key == "incident_date")


@pytest.mark.parametrize(("typed", "expected"), [
    ("2027-06-07", date(2027, 6, 7)),  # the date picker's ISO: 7 June, not 6 July
    (" 2027-12-01 ", date(2027, 12, 1)),
    ("07-06-2027", date(2027, 6, 7)),  # typed day-first
    ("7 juni 2027", date(2027, 6, 7)),
    ("06/07/2027", date(2027, 7, 6)),
])
def test_an_expiry_in_iso_is_iso_and_a_typed_one_is_day_first(typed: str, expected: date) -> None:
    assert parse_expiry(typed, TODAY, JAN, FormType.INFORMATIE) == expected


@pytest.mark.parametrize(("typed", "stored"), [
    ("2026-12-07", "07-12-2026"),  # a card's date input: 7 December
    ("2026-10-03", "03-10-2026"),
    ("12-07-2026", "12-07-2026"),  # typed: 12 July
    ("3 okt 2026", "03-10-2026"),
])
def test_a_date_field_reads_iso_as_iso_and_typed_dates_day_first(typed: str, stored: str) -> None:
    assert field_value(INCIDENT_DATE, typed, TODAY) == stored


@pytest.mark.parametrize("typed", ["2027-02-30", "2027-13-01"])
def test_an_iso_date_that_does_not_exist_is_refused(typed: str) -> None:
    with pytest.raises(Invalid):
        parse_expiry(typed, TODAY, JAN, FormType.INFORMATIE)
    with pytest.raises(Invalid):
        field_value(INCIDENT_DATE, typed, TODAY)
