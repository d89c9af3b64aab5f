"""The absence picture's pixels: one lane per measure, one column per week of the school
year, a bar for the week's count and a red marker over the week a threshold was reached.

No text is drawn: names and numbers stay out of the image (the card says the totals in its
own text and in the image's alt text). Weeks not reached yet have no band behind them.
"""

from __future__ import annotations

import functools
from datetime import date

from dialogs.logbook.png_image import Colour, palette_png
from domain.absence.overview import Lane, YearOverview

COLUMN, BAR = 8, 6  # pixels per week (53 weeks: 428 pixels, a card's width); the bar in it
PAD, MARK_H, BAR_H, LANE_GAP = 2, 4, 26, 5
MARKER_ROWS = 3  # the marker: a small triangle pointing down at the bar

TRANSPARENT, BAND_ODD, BAND_EVEN, BAND_FUTURE, MARK = 0, 1, 2, 3, 4
LANE_COLOUR = {Lane.LATE: 5, Lane.TRUANCY: 6, Lane.SICK: 7, Lane.REMOVED: 8}
PALETTE: tuple[Colour, ...] = (
    (0, 0, 0, 0),
    (128, 128, 128, 40),  # the band behind odd months (grey, half see-through: any theme)
    (128, 128, 128, 70),  # ... even months
    (128, 128, 128, 16),  # ... weeks still to come
    (209, 52, 56, 255),  # threshold marker
    (202, 80, 16, 255),  # late: orange
    (135, 100, 184, 255),  # truancy: purple
    (0, 120, 212, 255),  # sick: blue
    (73, 130, 5, 255),  # removed: green
)
# A week's bar is full at this value (or at the year's highest week, if higher).
FULL_AT = {Lane.LATE: 3.0, Lane.TRUANCY: 7.0, Lane.SICK: 5.0, Lane.REMOVED: 3.0}


def lane_top(index: int) -> int:
    """The first pixel row of lane `index` (its marker row; the bar area follows)."""
    return PAD + index * (MARK_H + BAR_H + LANE_GAP)


def week_left(week: int) -> int:
    return PAD + week * COLUMN


def bar_height(value: float, lane: Lane, highest: float) -> int:
    if value <= 0:
        return 0
    return max(2, round(value / max(FULL_AT[lane], highest) * BAR_H))


def render(overview: YearOverview) -> bytes:
    """The chart's PNG. Drawing it is most of a logbook view's CPU, and the picture depends
    only on what is drawn (weeks, counts, marked weeks, the current week): the same
    overview gives the same bytes, so they are kept per drawing (an LRU of a few MB)."""
    return _drawn(overview.mondays, tuple(overview.weeks[lane] for lane in Lane),
                  frozenset((mark.lane, mark.week) for mark in overview.marks),
                  overview.current_week)


@functools.lru_cache(maxsize=1024)  # a few kB each
def _drawn(mondays: tuple[date, ...], weeks: tuple[tuple[float, ...], ...],
           marked: frozenset[tuple[Lane, int]], current_week: int) -> bytes:
    width = 2 * PAD + len(mondays) * COLUMN
    height = lane_top(len(Lane)) - LANE_GAP + PAD
    canvas = [bytearray(width) for _ in range(height)]
    for index, lane in enumerate(Lane):
        top = lane_top(index)
        _lane(canvas, mondays, weeks[index], lane, top, current_week)
        for week in {week for marked_lane, week in marked if marked_lane is lane}:
            _marker(canvas, week, top)
    return palette_png(PALETTE, canvas)


def _lane(canvas: list[bytearray], mondays: tuple[date, ...], values: tuple[float, ...],
          lane: Lane, top: int, current_week: int) -> None:
    highest = max(values, default=0.0)
    bottom = top + MARK_H + BAR_H - 1
    for week, monday in enumerate(mondays):
        left = week_left(week)
        band = BAND_FUTURE if week > current_week else (
            BAND_ODD if monday.month % 2 else BAND_EVEN)
        _fill(canvas, left, left + COLUMN - 1, top + MARK_H, bottom, band)
        bar = bar_height(values[week], lane, highest)
        if bar:
            _fill(canvas, left + 1, left + BAR, bottom - bar + 1, bottom, LANE_COLOUR[lane])


def _marker(canvas: list[bytearray], week: int, top: int) -> None:
    left = week_left(week)
    for row in range(MARKER_ROWS):
        _fill(canvas, left + 1 + row, left + BAR - row, top + row, top + row, MARK)


def _fill(canvas: list[bytearray], x0: int, x1: int, y0: int, y1: int, colour: int) -> None:
    for y in range(y0, y1 + 1):
        canvas[y][x0:x1 + 1] = bytes([colour]) * (x1 - x0 + 1)


def swatch(lane: Lane | None) -> bytes:
    """A legend's colour sample: the lane's bar, or (None) the threshold marker."""
    if lane is None:
        return palette_png(PALETTE, [bytes([MARK if abs(3.5 - x) <= 3 - y else 0
                                            for x in range(8)]) for y in range(4)])
    return palette_png(PALETTE, [bytes([LANE_COLOUR[lane]]) * 8 for _ in range(8)])


# The legend's colour samples by the name they are served under (bot/web/pictures.py) to
# clients that load pictures by link; None is the threshold marker's.
LEGEND_NAMES: dict[Lane | None, str] = {**{lane: f"legend-{lane.value}" for lane in Lane},
                                        None: "legend-mark"}
LEGEND_PNGS: dict[str, bytes] = {name: swatch(lane) for lane, name in LEGEND_NAMES.items()}
