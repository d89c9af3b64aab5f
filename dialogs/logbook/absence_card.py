"""The absence picture as card elements: the chart (no name, no number in it or in its URL:
a data URI, or an expiring link from dialogs/logbook/picture_delivery.py), its alt text with the
totals, and a legend with the same colours."""

from __future__ import annotations

from dialogs.common import adaptive
from dialogs.common.adaptive import Element
from dialogs.logbook.absence_chart import render
from dialogs.logbook.picture_delivery import PictureUrls, inline_urls
from dialogs.texts import say
from domain.absence.overview import Lane, YearOverview

LANE_KEYS = {Lane.LATE: "PICTURE_LANE_LATE", Lane.TRUANCY: "PICTURE_LANE_TRUANCY",
             Lane.SICK: "PICTURE_LANE_SICK", Lane.REMOVED: "PICTURE_LANE_REMOVED"}


def absence_picture(overview: YearOverview, lang: str,
                    urls: PictureUrls | None = None) -> list[Element]:
    """`urls`: where the chart (render(overview)'s PNG) and the legend are; None: inline."""
    urls = urls or inline_urls(render(overview))
    heading = say(lang, "PICTURE_HEADING", year=overview.school_year.label)
    image = {"type": "Image", "url": urls.chart, "size": "Auto",
             "altText": alt_text(overview, lang)}
    return [adaptive.text(heading, weight="Bolder", separator=True), image,
            _legend(overview, lang, urls)]


def alt_text(overview: YearOverview, lang: str) -> str:
    totals = overview.totals
    return say(lang, "PICTURE_ALT", year=overview.school_year.label, late=totals.late,
               truancy=float(totals.truancy_hours), sick=totals.sick_days,
               removed=totals.removed, marks=len(overview.marks))


def _legend(overview: YearOverview, lang: str, urls: PictureUrls) -> Element:
    """Two rows of colour samples with their totals (one row wraps badly in a narrow card)."""
    items = [(urls.legend[lane], say(lang, LANE_KEYS[lane],
                                     n=float(overview.totals.of(lane)))) for lane in Lane]
    items.append((urls.legend[None], say(lang, "PICTURE_LANE_MARKS", n=len(overview.marks))))
    return {"type": "Container", "spacing": "Small",
            "items": [_legend_row(items[:3]), _legend_row(items[3:])]}


def _legend_row(items: list[tuple[str, str]]) -> Element:
    columns = []
    for url, label in items:
        columns.append({"type": "Column", "width": "auto", "verticalContentAlignment": "Center",
                        "items": [{"type": "Image", "url": url, "width": "8px"}]})
        columns.append({"type": "Column", "width": "auto", "items": [
            adaptive.text(label, size="Small", spacing="None")]})
    return {"type": "ColumnSet", "columns": columns, "spacing": "None"}
