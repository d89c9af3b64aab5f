"""What follows `logboek`: the student, then optional filter words at the end.

    logboek Jan de Vries                   → every current form
    logboek 2A Jan urgent                  → only "Let op"
    logboek Jan verzuim 2025-2026          → absence forms written in that school year
    logboek 100001 inclusief verlopen      → expired forms too (roles the domain allows)

Pure functions: parsing is syntax; whether a role may see expired forms is the domain's call.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from dialogs.texts import typed_words
from domain.school import fold
from domain.school_year import SchoolYear
from domain.services.read_logbook import LogbookFilters

_URGENT = typed_words("FILTER_URGENT")
_ABSENCE = typed_words("FILTER_ABSENCE")
_EXPIRED = typed_words("FILTER_EXPIRED")


@dataclass(frozen=True)
class LogbookRequest:
    student: str  # name, class and name, or student number, as typed
    filters: LogbookFilters


def parse_logbook_request(args: str) -> LogbookRequest:
    """Take filter words off the end until what remains names the student."""
    words = args.split()
    filters = LogbookFilters()
    while words:
        taken = _filter_at_end(words, filters)
        if taken is None:
            break
        count, filters = taken
        words = words[:-count]
    return LogbookRequest(" ".join(words), filters)


def _filter_at_end(
    words: list[str], filters: LogbookFilters
) -> tuple[int, LogbookFilters] | None:
    """(how many words, the filters with it) for a filter phrase ending `words`, or None."""
    for count in (2, 1):
        if len(words) < count:
            continue
        phrase = fold(" ".join(words[-count:]))
        if phrase in _URGENT:
            return count, replace(filters, urgent_only=True)
        if phrase in _ABSENCE:
            return count, replace(filters, absence_only=True)
        if phrase in _EXPIRED:
            return count, replace(filters, include_expired=True)
        year = SchoolYear.parse(phrase) if count == 1 else None
        if year is not None:
            return count, replace(filters, school_year=year)
    return None


def filters_to_state(filters: LogbookFilters) -> dict[str, Any]:
    """JSON primitives, for the conversation state (`meer` repeats the last query)."""
    return {
        "urgent": filters.urgent_only,
        "absence": filters.absence_only,
        "expired": filters.include_expired,
        "year": filters.school_year.start_year if filters.school_year else None,
    }


def filters_from_state(values: dict[str, Any]) -> LogbookFilters:
    year = values.get("year")
    return LogbookFilters(
        urgent_only=bool(values.get("urgent")),
        absence_only=bool(values.get("absence")),
        include_expired=bool(values.get("expired")),
        school_year=SchoolYear(int(year)) if year is not None else None,
    )
