"""Form field values as staff type them: dates day first, times, choices by number or name."""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.texts import NL, say_refused
from domain.errors import Invalid
from domain.field_values import field_value
from domain.forms import INCIDENT_FIELDS, Field, FieldKind

TODAY = date(2026, 11, 23)
FIELDS = {field.key: field for field in INCIDENT_FIELDS}


@pytest.mark.parametrize(("key", "typed", "stored"), [
    ("incident_date", "20-11-2026", "20-11-2026"),
    ("incident_date", "2026-11-20", "20-11-2026"),  # what an Input.Date submits
    ("incident_date", "3 november 2026", "03-11-2026"),
    ("incident_date", "5/11/26", "05-11-2026"),
    ("incident_time", "10:45", "10:45"),
    ("incident_time", "9.05", "09:05"),
    ("incident_time", "14", "14:00"),
    ("incident_kind", "2", "Pesten"),
    ("incident_kind", "pesten", "Pesten"),
    ("student_role", "GETUIGE", "Getuige"),
    ("summary", "  Ruzie   op het plein ", "Ruzie op het plein"),
])
def test_a_typed_value_is_stored_in_one_shape(key: str, typed: str, stored: str) -> None:
    assert field_value(FIELDS[key], typed, TODAY) == stored


@pytest.mark.parametrize(("key", "typed", "hint"), [
    ("incident_date", "gisteren misschien", "Typ bijvoorbeeld 23-11-2026"),
    ("incident_date", "31-02-2026", "geen datum"),
    ("incident_time", "25:00", "Typ bijvoorbeeld 10:45"),
    ("incident_time", "10:75", "geen tijd"),
    ("incident_kind", "9", "Agressie, Pesten"),
    ("incident_kind", "ruzie", "Kies bij 'Soort incident'"),
    ("summary", "   ", "Vul 'Korte omschrijving' in"),
])
def test_a_bad_value_is_refused_with_an_example(key: str, typed: str, hint: str) -> None:
    with pytest.raises(Invalid) as refused:
        field_value(FIELDS[key], typed, TODAY)
    assert hint in say_refused(NL, refused.value)


def test_an_optional_field_may_stay_empty() -> None:
    optional = Field("note", "Opmerking", FieldKind.TEXT, required=False)
    assert field_value(optional, "  ", TODAY) == ""
