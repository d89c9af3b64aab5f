"""Expiry dates as staff type them: '31-07-2027', '31 juli 2027', 'einde schooljaar'...

Day first, Dutch month names. Today is passed in; a past or non-existent date is
refused with an `Invalid` that carries `end` (this school year's end), so the refusal
can give an example that works.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

from domain.dates import NotADate, iso_date
from domain.errors import Invalid
from domain.forms import CATALOGUE, Expiry, FormType
from domain.school import Student, fold
from domain.school_year import SchoolYear, default_expiry


class DutchParserInfo(dateutil_parser.parserinfo):  # type: ignore[misc]
    """dateutil's parser, taught Dutch (and English) month names and two-digit years."""

    MONTHS = [
        ("jan", "januari", "january"), ("feb", "februari", "february"),
        ("mrt", "maa", "maart", "mar", "march"), ("apr", "april"), ("mei", "may"),
        ("jun", "juni", "june"), ("jul", "juli", "july"), ("aug", "augustus", "august"),
        ("sep", "sept", "september"), ("okt", "oktober", "oct", "october"),
        ("nov", "november"), ("dec", "december"),
    ]
    WEEKDAYS = [
        ("ma", "maandag", "mon"), ("di", "dinsdag", "tue"), ("wo", "woensdag", "wed"),
        ("do", "donderdag", "thu"), ("vr", "vrijdag", "fri"), ("za", "zaterdag", "sat"),
        ("zo", "zondag", "sun"),
    ]
    JUMP = [*dateutil_parser.parserinfo.JUMP, "de", "op", "tot", "en"]

    def __init__(self, today: date) -> None:
        self._century = today.year // 100 * 100  # before super(): it calls nothing of ours
        super().__init__(dayfirst=True)

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        # dateutil would read the clock here; '27' means 2027 relative to the day passed in.
        return year + self._century if year < 100 and not century_specified else year


def _end(today: date) -> date:
    """The date every expiry refusal gives as an example."""
    return SchoolYear.of(today).end


def default_expiry_for(form: FormType, student: Student, today: date) -> date:
    """31-07 of this school year; Mentoraat: the student's expected end of school career."""
    career_end = student.expected_end_date
    if CATALOGUE[form].expiry is Expiry.CAREER_END and career_end and career_end >= today:
        return career_end
    return default_expiry(today)


def parse_expiry(text: str, today: date, student: Student, form: FormType) -> date:
    """What staff typed → a date not before today; anything else raises `Invalid`."""
    words = " ".join(fold(text).split())
    phrase = _phrase(words, today, student, form)
    day = phrase if phrase is not None else _typed_date(text, today)
    if day < today:
        raise Invalid("DATE_IN_PAST", day=day, end=_end(today))
    return day


_YEARS_ON = re.compile(r"^over (\d+|een|twee|drie|vier|vijf) (school)?ja(ar|ren)$")
_NUMBER_WORDS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5}


def _phrase(words: str, today: date, student: Student, form: FormType) -> date | None:
    this_year = SchoolYear.of(today)
    if words in ("", "standaard", "default", "ok", "akkoord"):
        return default_expiry_for(form, student, today)
    if words in ("einde schooljaar", "eind schooljaar", "dit schooljaar", "end of school year"):
        return this_year.end
    if words in ("volgend schooljaar", "einde volgend schooljaar", "next school year"):
        return this_year.next().end
    if words in ("einde schoolloopbaan", "eind schoolloopbaan", "einde schoolcarriere"):
        return _career_end(student, today)
    match = _YEARS_ON.match(words)
    if match:
        count = _NUMBER_WORDS.get(match[1]) or int(match[1])
        return this_year.next(count).end
    return None


def _career_end(student: Student, today: date) -> date:
    if student.expected_end_date is None:
        raise Invalid("CAREER_END_UNKNOWN", student=student.full_name, end=_end(today))
    return student.expected_end_date


# Two parses with different defaults show which parts were typed: a part that follows
# the default was left out. Both default years are leap years, so 29-02 parses.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 12, 28))


def _typed_date(text: str, today: date) -> date:
    try:
        iso = iso_date(text)
    except NotADate as error:
        raise Invalid("DATE_DOES_NOT_EXIST", typed=text.strip(), end=_end(today)) from error
    if iso is not None:
        return iso
    info = DutchParserInfo(today)
    try:
        first, second = (dateutil_parser.parse(text, info, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError) as error:
        raise Invalid("DATE_DOES_NOT_EXIST" if "out of range" in str(error) else "NOT_A_DATE",
                      typed=text.strip(), end=_end(today)) from error
    if first.month != second.month or first.day != second.day:
        raise Invalid("DATE_NEEDS_DAY_AND_MONTH", typed=text.strip(), end=_end(today))
    if first.year != second.year:
        return _next_occurrence(first.month, first.day, today)
    typed: date = first.date()
    return typed


def _next_occurrence(month: int, day: int, today: date) -> date:
    """A date typed without a year: its next occurrence from today (29-02: a leap year)."""
    for year in range(today.year, today.year + 8):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise Invalid("DAY_DOES_NOT_EXIST", day=day, month=month, end=_end(today))
