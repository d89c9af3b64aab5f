"""A form field's value as staff type it (or a card submits it), normalised for storage:
dates as dd-mm-yyyy, times as HH:MM, a choice by its number or name (Dutch or English; the
Dutch is stored). Bad input raises `Invalid` with a code (the dialogs add an example in the
user's language)."""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser as dateutil_parser

from domain.dates import iso_date
from domain.errors import Invalid
from domain.expiry import DutchParserInfo
from domain.form_fields import EN, FieldChoices
from domain.forms import Field, FieldKind
from domain.school import fold

_TIME = re.compile(r"^(\d{1,2})(?:[:.u](\d{2}))?$")


def field_value(field: Field, text: str, today: date) -> str:
    typed = " ".join(text.split())
    if not typed:
        if field.required:
            raise Invalid("FIELD_REQUIRED", label=field)
        return ""
    if field.kind is FieldKind.DATE:
        return _date(field, typed, today)
    if field.kind is FieldKind.TIME:
        return _time(field, typed)
    if field.kind is FieldKind.CHOICE:
        return _choice(field, typed)
    return typed


def _date(field: Field, typed: str, today: date) -> str:
    try:
        day = iso_date(typed) or dateutil_parser.parse(typed, DutchParserInfo(today)).date()
    except (ValueError, OverflowError) as error:
        raise Invalid("FIELD_NOT_A_DATE", typed=typed, label=field,
                      today=today) from error
    return f"{day:%d-%m-%Y}"


def _time(field: Field, typed: str) -> str:
    match = _TIME.match(typed.replace(" ", ""))
    hours, minutes = (int(match[1]), int(match[2] or 0)) if match else (99, 99)
    if hours > 23 or minutes > 59:
        raise Invalid("FIELD_NOT_A_TIME", typed=typed, label=field)
    return f"{hours:02d}:{minutes:02d}"


def _choice(field: Field, typed: str) -> str:
    if typed.isdigit() and 1 <= int(typed) <= len(field.choices):
        return field.choices[int(typed) - 1]
    for choice in field.choices:  # the Dutch name or the English one: Dutch is stored
        if fold(typed) in (fold(choice), fold(field.choice_in(choice, EN))):
            return choice
    raise Invalid("FIELD_UNKNOWN_CHOICE", label=field, choices=FieldChoices(field))
