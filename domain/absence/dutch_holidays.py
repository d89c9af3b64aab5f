"""The Netherlands' days off for the working-day deadlines and the school weeks (DOMAIN.md
§4): the official school holidays per region (shipped as data, with their source) and the
public holidays (Goede Vrijdag, Pasen, Koningsdag, Bevrijdingsdag in lustrum years,
Hemelvaart, Pinksteren, ...) from the well-kept `holidays` package."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from importlib import resources

import holidays

from domain.absence.calendar import Holiday, SchoolCalendar
from domain.school_year import SchoolYear

REGIONS = ("noord", "midden", "zuid")


class UnknownRegion(ValueError):
    """LVS_HOLIDAY_REGION names no region of the Dutch school holidays."""


@lru_cache(maxsize=4)
def school_holidays(region: str) -> tuple[Holiday, ...]:
    if region not in REGIONS:
        raise UnknownRegion(f"{region!r}: choose one of {', '.join(REGIONS)}")
    text = resources.files("domain.absence").joinpath("school_holidays_nl.toml").read_text(
        "utf-8")
    return tuple(Holiday(item["start"], item["end"], item["name"])
                 for item in tomllib.loads(text)["holiday"] if region in item["regions"])


def public_holidays(years: Iterable[int]) -> tuple[Holiday, ...]:
    days = holidays.country_holidays("NL", years=sorted(set(years)))
    return tuple(Holiday(day, day, str(name)) for day, name in sorted(days.items()))


def dutch_calendar(region: str, extra: Iterable[Holiday] = (), *,
                   years: Iterable[int] = ()) -> SchoolCalendar:
    """School holidays of `region`, public holidays of `years` (default: those the school
    holidays span) and the school's own extra days off."""
    school = school_holidays(region)
    spanned = years or {year for h in school for year in (h.start.year, h.end.year)}
    return SchoolCalendar((*school, *public_holidays(spanned), *extra))


def has_holidays_for(region: str, today: date) -> bool:
    """Whether the school year of `today` has school holidays configured for `region`."""
    year = SchoolYear.of(today)
    return any(year.start <= h.start <= year.end for h in school_holidays(region))
