"""The absence picture: a school year per week, thresholds marked, small, and anonymous."""

from __future__ import annotations

import base64
import json
from datetime import date, timedelta

import pytest

from dialogs.common.adaptive import MAX_CARD_BYTES, card_bytes
from dialogs.logbook.absence_card import absence_picture, alt_text
from dialogs.logbook.absence_chart import (
    BAR_H,
    LANE_COLOUR,
    MARK,
    MARK_H,
    PALETTE,
    lane_top,
    render,
    week_left,
)
from dialogs.logbook.logbook_card import logbook_card
from domain.absence.events import AbsenceEvent, EventKind
from domain.absence.loader import default_protocol
from domain.absence.overview import Lane, SignalMark, YearOverview, year_overview
from domain.absence.protocol import RuleId
from domain.school_year import SchoolYear
from domain.services.read_logbook import LogbookFilters, LogbookLine
from tests.png import Png, chunk_kinds, read_png
from tests.unit.test_logbook_cards import entry, view

PROTOCOL = default_protocol()
YEAR = SchoolYear(2026)
TODAY = date(2026, 12, 7)  # a Monday: week 18 of the school year (28 July 2026 is week 0)


def event(n: int, kind: EventKind, day: date, hours: float | None = None,
          student: str = "100001") -> AbsenceEvent:
    return AbsenceEvent(f"e{n}", student, kind, day, hours=hours)


EVENTS = [
    event(1, EventKind.LATE, date(2026, 9, 1)),
    event(2, EventKind.LATE, date(2026, 9, 2)),
    event(3, EventKind.LATE, date(2026, 9, 9)),
    event(4, EventKind.TRUANCY, date(2026, 10, 5), hours=3),
    event(5, EventKind.TRUANCY, date(2026, 10, 6)),  # no hours: one lesson hour
    event(6, EventKind.SICK, date(2026, 11, 12)),  # Thursday ...
    event(7, EventKind.RECOVERED, date(2026, 11, 19)),  # ... to Wednesday: 5 school days
    event(8, EventKind.REMOVED, date(2026, 11, 3)),
    event(9, EventKind.AUTHORIZED, date(2026, 11, 4)),  # not drawn
    event(10, EventKind.LATE, date(2026, 7, 1)),  # last school year: not drawn
]
MARKS = [
    SignalMark(RuleId.LATE, 3, date(2026, 9, 9)),
    SignalMark(RuleId.TRUANCY, 2, date(2026, 10, 6)),  # a repeated hour: not a threshold
    SignalMark(RuleId.MANUAL, 1, date(2026, 10, 6)),  # raised by hand: no lane
    SignalMark(RuleId.SICK_DAYS, 5, date(2026, 11, 19)),
]


def week(day: date) -> int:
    return (day - date(2026, 7, 27)).days // 7


def test_counts_per_week_from_the_registrations() -> None:
    overview = year_overview(EVENTS, MARKS, PROTOCOL, YEAR, TODAY)
    assert overview.mondays[0] == date(2026, 7, 27) and len(overview.mondays) == 53
    assert _nonzero(overview, Lane.LATE) == {week(date(2026, 9, 1)): 2, week(date(2026, 9, 9)): 1}
    assert _nonzero(overview, Lane.TRUANCY) == {week(date(2026, 10, 5)): 4}
    assert _nonzero(overview, Lane.SICK) == {week(date(2026, 11, 12)): 2,
                                             week(date(2026, 11, 19)): 3}
    assert _nonzero(overview, Lane.REMOVED) == {week(date(2026, 11, 3)): 1}
    assert (overview.totals.late, overview.totals.truancy_hours, overview.totals.sick_days,
            overview.totals.removed) == (3, 4.0, 5, 1)
    assert overview.current_week == week(TODAY)


def test_only_the_protocols_own_thresholds_are_marked() -> None:
    overview = year_overview(EVENTS, MARKS, PROTOCOL, YEAR, TODAY)
    assert {(m.lane, m.week, m.threshold) for m in overview.marks} == {
        (Lane.LATE, week(date(2026, 9, 9)), 3), (Lane.SICK, week(date(2026, 11, 19)), 5)}


def test_an_open_sick_report_counts_up_to_today() -> None:
    events = [event(1, EventKind.SICK, date(2026, 12, 3))]  # Thursday, still sick on Monday
    overview = year_overview(events, [], PROTOCOL, YEAR, TODAY)
    assert overview.totals.sick_days == 3


def test_the_png_has_a_bar_for_every_week_with_absence_and_a_marker_per_threshold() -> None:
    overview = year_overview(EVENTS, MARKS, PROTOCOL, YEAR, TODAY)
    picture = read_png(render(overview))
    for index, lane in enumerate(Lane):
        colour = PALETTE[LANE_COLOUR[lane]]
        bottom = lane_top(index) + MARK_H + BAR_H - 1
        drawn = {w for w in range(len(overview.mondays))
                 if _pixel(picture, week_left(w) + 4, bottom) == colour}
        assert drawn == set(_nonzero(overview, lane)), lane
        marked = {w for w in range(len(overview.mondays))
                  if _pixel(picture, week_left(w) + 4, lane_top(index)) == PALETTE[MARK]}
        assert marked == {m.week for m in overview.marks if m.lane is lane}, lane


def test_a_bigger_week_has_a_taller_bar() -> None:
    overview = year_overview(EVENTS, MARKS, PROTOCOL, YEAR, TODAY)
    picture = read_png(render(overview))
    colour = PALETTE[LANE_COLOUR[Lane.LATE]]
    heights = [sum(_pixel(picture, week_left(w) + 4, y) == colour for y in range(picture.height))
               for w in (week(date(2026, 9, 1)), week(date(2026, 9, 9)))]
    assert heights[0] > heights[1] > 0


def test_the_picture_carries_no_name_number_or_text() -> None:
    mine = year_overview(EVENTS, MARKS, PROTOCOL, YEAR, TODAY)
    other = [AbsenceEvent(e.source_id + "x", "999999", e.kind, e.day, hours=e.hours)
             for e in EVENTS]
    theirs = year_overview(other, MARKS, PROTOCOL, YEAR, TODAY)
    assert render(mine) == render(theirs)  # only the counts shape it
    assert chunk_kinds(render(mine)) == [b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"]
    elements = absence_picture(mine, "nl")
    urls = [node["url"] for node in _walk(elements) if node.get("type") == "Image"]
    assert urls and all(url.startswith("data:image/png;base64,") for url in urls)
    decoded = b"".join(base64.b64decode(url.split(",", 1)[1]) for url in urls)
    for secret in ("100001", "Jan", "Vries"):
        assert secret not in json.dumps(urls) and secret.encode() not in decoded


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", "Te laat: 3; spijbeluren: 4; ziekdagen: 5; uit de les gestuurd: 1; drempels van "
           "het verzuimprotocol bereikt: 2."),
    ("en", "Late: 3; truancy hours: 4; days sick: 5; sent out of class: 1; thresholds of the "
           "absence protocol reached: 2."),
])
def test_the_alt_text_says_the_totals_in_the_users_language(lang: str, expected: str) -> None:
    overview = year_overview(EVENTS, MARKS, PROTOCOL, YEAR, TODAY)
    assert expected in alt_text(overview, lang)
    [image] = [n for n in _walk(absence_picture(overview, lang)) if n.get("url", "")
               .startswith("data:") and "altText" in n]
    assert image["altText"] == alt_text(overview, lang)


def busy_year() -> YearOverview:
    """Every school day of a whole year late, truant and sent out, sick every other month,
    and a threshold in every lane every week: the biggest picture there can be."""
    events, day, n = [], YEAR.start, 0
    while day <= YEAR.end:
        if day.weekday() < 5:
            for kind in (EventKind.LATE, EventKind.TRUANCY, EventKind.REMOVED):
                n += 1
                events.append(event(n, kind, day, hours=2 if kind is EventKind.TRUANCY else None))
            n += 1
            kind = EventKind.SICK if day.month % 2 else EventKind.RECOVERED
            events.append(event(n, kind, day))
        day += timedelta(days=1)
    marks = [SignalMark(rule, 3, YEAR.start + timedelta(days=d))
             for d in range(0, 365, 7) for rule in (RuleId.LATE, RuleId.REMOVED)]
    return year_overview(events, marks, PROTOCOL, YEAR, YEAR.end)


def test_a_full_logbook_page_with_a_busy_years_picture_stays_under_teams_limit() -> None:
    picture = absence_picture(busy_year(), "nl")
    long_text = "woord " * 2000
    lines = tuple(LogbookLine(entry(10 * n, text=long_text), "Naam " * 20, tuple(
        LogbookLine(entry(10 * n + k, parent="p", text=long_text), "Naam " * 20)
        for k in range(1, 9))) for n in range(10))
    content = logbook_card(view(lines), LogbookFilters(), "nl", TODAY, True, picture)
    assert card_bytes(content) < MAX_CARD_BYTES
    assert card_bytes({"body": picture}) < 6 * 1024  # the picture itself stays small
    assert picture[1] in content["body"]  # the budget shortened the forms, not the picture


def _nonzero(overview: YearOverview, lane: Lane) -> dict[int, float]:
    return {w: v for w, v in enumerate(overview.weeks[lane]) if v}


def _pixel(picture: Png, x: int, y: int) -> tuple[int, int, int, int]:
    return picture.pixels[y * picture.width + x]


def _walk(node: object) -> list[dict[str, object]]:
    if isinstance(node, dict):
        return [node, *(n for value in node.values() for n in _walk(value))]
    if isinstance(node, list):
        return [n for value in node for n in _walk(value)]
    return []
