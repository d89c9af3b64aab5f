"""The official Dutch school holidays (per region, with their source) and the public holidays
make the working days of the deadlines and the school weeks (DOMAIN.md §4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import holidays
import pytest

from bot.env_values import SettingsError
from bot.settings import Settings
from domain.absence.dutch_holidays import REGIONS, dutch_calendar, school_holidays


def official(region: str) -> set[date]:
    """The same regulation as the `holidays` package keeps it: an independent copy."""
    days = holidays.country_holidays("NL", years=[2025, 2026, 2027], categories=("school",),
                                     subdiv=region.capitalize())
    return {day for day in days if FIRST <= day <= LAST}


FIRST, LAST = date(2025, 9, 1), date(2027, 7, 31)  # after the summer of 2025: this data's years


@pytest.mark.parametrize("region", REGIONS)
def test_the_shipped_school_holidays_are_the_official_ones_for_2025_2026_and_2026_2027(
    region: str,
) -> None:
    shipped = {day for holiday in school_holidays(region)
               for day in _days(holiday.start, holiday.end)
               if FIRST <= day <= LAST}
    assert shipped == official(region)


def _days(first: date, last: date) -> list[date]:
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]


def test_the_data_names_its_source() -> None:
    text = (Path(__file__).parents[2] / "domain/absence/school_holidays_nl.toml").read_text()
    assert "Regeling vaststelling schoolvakanties 2025-2030" in text
    assert "zoek.officielebekendmakingen.nl/stcrt-2024-19237" in text


@pytest.mark.parametrize(("region", "day", "school_day"), [
    ("zuid", date(2025, 10, 13), False),  # autumn holiday in the south ...
    ("noord", date(2025, 10, 13), True),  # ... a week before the north's
    ("noord", date(2026, 2, 23), False),
    ("midden", date(2026, 2, 23), True),
    ("midden", date(2026, 4, 3), False),  # Goede Vrijdag
    ("midden", date(2027, 4, 27), False),  # Koningsdag
    ("midden", date(2027, 5, 6), False),  # Hemelvaart
    ("midden", date(2027, 5, 17), False),  # Tweede Pinksterdag
    ("midden", date(2027, 5, 5), True),  # Bevrijdingsdag, not a lustrum year
])
def test_lvs_holiday_region_chooses_the_regions_days_off(
    region: str, day: date, school_day: bool
) -> None:
    protocol = Settings.from_values({"LVS_HOLIDAY_REGION": region}).protocol()
    assert protocol.calendar.is_school_day(day) is school_day


def test_bevrijdingsdag_is_a_day_off_in_lustrum_years() -> None:
    assert not dutch_calendar("midden", years=[2025]).is_school_day(date(2025, 5, 5))
    assert dutch_calendar("midden", years=[2026, 2027]).is_school_day(date(2027, 5, 5))


def test_an_unknown_region_is_refused_at_start() -> None:
    with pytest.raises(SettingsError, match="LVS_HOLIDAY_REGION"):
        Settings.from_values({"LVS_HOLIDAY_REGION": "oost"})


@pytest.mark.parametrize(("today", "warns"), [
    (date(2026, 12, 7), False),
    (date(2027, 7, 31), False),
    (date(2027, 8, 1), True),  # 2027-2028: no holidays shipped yet
])
def test_start_up_warns_when_the_current_school_year_has_no_holidays(
    today: date, warns: bool
) -> None:
    warning = Settings.from_values({}).holiday_warning(today)
    assert (warning is not None) is warns
    if warning:
        assert "LVS_HOLIDAY_REGION=midden" in warning


def test_a_protocol_outside_the_netherlands_gets_no_dutch_calendar(tmp_path: Path) -> None:
    shipped = (Path(__file__).parents[2] / "domain/absence/protocols/default.toml").read_text()
    flemish = tmp_path / "vlaanderen.toml"
    flemish.write_text(shipped.replace('jurisdiction = "nl"', 'jurisdiction = "be"'))
    settings = Settings.from_values({"LVS_PROTOCOL": str(flemish)})
    assert settings.protocol().calendar.is_school_day(date(2026, 10, 19))
    assert settings.holiday_warning(date(2030, 1, 7)) is None
