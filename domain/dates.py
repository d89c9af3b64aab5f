"""One reading of a date everywhere a date is taken: YYYY-MM-DD is ISO (what an Adaptive
Card's date picker sends, and what systems write); what people type is read day-first."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


class NotADate(ValueError):
    """Looks like YYYY-MM-DD but is no calendar day (2027-02-30)."""


def iso_date(text: str) -> date | None:
    """The date if `text` is YYYY-MM-DD; None when it is written some other way."""
    match = _ISO.match(text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as error:
        raise NotADate(text.strip()) from error
