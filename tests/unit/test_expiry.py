"""What staff type as an expiry date, on the school-year edges and beyond."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.texts import NL, say_refused
from domain.errors import Invalid
from domain.expiry import default_expiry_for, parse_expiry
from domain.forms import FormType
from domain.school import Student
from tests.unit.refusals import refused_saying

JAN = Student("100001", "Jan", "de Vries", "2A", "noord", expected_end_date=date(2029, 7, 31))
NO_END = Student("100002", "Piet", "Bakker", "1B", "noord")
TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(("typed", "expected"), [
    ("31-07-2027", date(2027, 7, 31)),
    ("31/7/27", date(2027, 7, 31)),
    ("31 juli 2027", date(2027, 7, 31)),
    ("31 JULI 2027", date(2027, 7, 31)),
    ("1 mrt 2027", date(2027, 3, 1)),
    ("15 maart 2027", date(2027, 3, 15)),
    ("3 okt. 2027", date(2027, 10, 3)),
    ("2027-07-31", date(2027, 7, 31)),
    ("31 juli", date(2027, 7, 31)),
    ("einde schooljaar", date(2027, 7, 31)),
    ("  Einde   Schooljaar ", date(2027, 7, 31)),
    ("volgend schooljaar", date(2028, 7, 31)),
    ("over 2 jaar", date(2029, 7, 31)),  # two school years after this one
    ("over twee jaar", date(2029, 7, 31)),
    ("einde schoolloopbaan", date(2029, 7, 31)),
    ("standaard", date(2027, 7, 31)),
    ("", date(2027, 7, 31)),
])
def test_typed_expiry_dates(typed: str, expected: date) -> None:
    assert parse_expiry(typed, TODAY, JAN, FormType.INFORMATIE) == expected


@pytest.mark.parametrize(("today", "expected"), [
    (date(2027, 7, 31), date(2027, 7, 31)),  # the last day of the school year is still in it
    (date(2027, 8, 1), date(2028, 7, 31)),  # a new school year starts
    (date(2028, 2, 29), date(2028, 7, 31)),  # leap day, spring half of 2027-2028
    (date(2027, 12, 31), date(2028, 7, 31)),
    (date(2028, 1, 1), date(2028, 7, 31)),
])
def test_end_of_school_year_on_the_edges(today: date, expected: date) -> None:
    assert parse_expiry("einde schooljaar", today, JAN, FormType.INFORMATIE) == expected
    assert parse_expiry("", today, JAN, FormType.INFORMATIE) == expected


def test_leap_day_is_accepted_in_a_leap_year_only() -> None:
    assert parse_expiry("29-02-2028", TODAY, JAN, FormType.INFORMATIE) == date(2028, 2, 29)
    with refused_saying(Invalid, "bestaat niet"):
        parse_expiry("29-02-2027", TODAY, JAN, FormType.INFORMATIE)


def test_a_leap_day_without_a_year_means_the_next_leap_year() -> None:
    assert parse_expiry("29 feb", TODAY, JAN, FormType.INFORMATIE) == date(2028, 2, 29)


@pytest.mark.parametrize(("typed", "says"), [
    ("31-02-2027", "bestaat niet"),
    ("01-01-2020", "ligt in het verleden"),
    ("21-11-2026", "ligt in het verleden"),
    ("morgen", "is geen datum"),
    ("juli 2027", "Noem een dag en een maand"),
])
def test_refusals_explain_and_give_an_example(typed: str, says: str) -> None:
    with pytest.raises(Invalid) as refused:
        parse_expiry(typed, TODAY, JAN, FormType.INFORMATIE)
    assert says in say_refused(NL, refused.value)
    assert "bijvoorbeeld 31-07-2027" in say_refused(NL, refused.value)


def test_today_itself_is_not_in_the_past() -> None:
    assert parse_expiry("22-11-2026", TODAY, JAN, FormType.INFORMATIE) == TODAY


def test_career_end_unknown_is_explained() -> None:
    with refused_saying(Invalid, "niet bekend"):
        parse_expiry("einde schoolloopbaan", TODAY, NO_END, FormType.INFORMATIE)


def test_mentoraat_defaults_to_the_end_of_school_career() -> None:
    assert default_expiry_for(FormType.MENTORAAT, JAN, TODAY) == date(2029, 7, 31)
    assert default_expiry_for(FormType.MENTORAAT, NO_END, TODAY) == date(2027, 7, 31)
    assert default_expiry_for(FormType.INFORMATIE, JAN, TODAY) == date(2027, 7, 31)
    assert parse_expiry("standaard", TODAY, JAN, FormType.MENTORAAT) == date(2029, 7, 31)


def test_a_past_career_end_falls_back_to_the_school_year() -> None:
    left = Student("1", "A", "B", "1A", "noord", expected_end_date=date(2026, 7, 31))
    assert default_expiry_for(FormType.MENTORAAT, left, TODAY) == date(2027, 7, 31)


@given(today=st.dates(date(2000, 1, 1), date(2090, 12, 31)),
       ahead=st.integers(min_value=0, max_value=3650))
def test_any_future_date_typed_as_dd_mm_yyyy_round_trips(today: date, ahead: int) -> None:
    day = today + timedelta(days=ahead)
    assert parse_expiry(day.strftime("%d-%m-%Y"), today, JAN, FormType.INFORMATIE) == day
