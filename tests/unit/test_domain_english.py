"""English for the domain's data: every shipped protocol step, form field, choice and form
type has it; choices are stored Dutch (a protocol's own English: test_absence_protocol_file)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.absence.law import LAW
from domain.absence.loader import default_protocol
from domain.absence.protocol import Step
from domain.field_values import field_value
from domain.forms import CATALOGUE, INCIDENT_FIELDS, Field, FormSpec

SHIPPED = ("default", "mazl")
STEPS = [(name, step) for name in SHIPPED
         for rule in default_protocol(name).rules.values() for step in rule.all_steps()]
FIELDS = {field.key: field for spec in CATALOGUE.values() for field in spec.fields}


@pytest.mark.parametrize(("protocol", "step"), STEPS,
                         ids=[f"{name}:{step.action[:30]}" for name, step in STEPS])
def test_every_shipped_step_has_its_action_in_english(protocol: str, step: Step) -> None:
    assert step.action_en and step.action_en != step.action
    assert default_protocol(protocol).action_in("en", step.action) == step.action_en
    assert default_protocol(protocol).action_in("nl", step.action) == step.action


def test_the_law_steps_are_in_english_too() -> None:
    steps = [step for rule in LAW.values() for step in rule.all_steps()]
    assert len(steps) == 5 and all(step.action_en for step in steps)


@pytest.mark.parametrize("field", FIELDS.values(), ids=list(FIELDS))
def test_every_field_has_an_english_label_and_choices(field: Field) -> None:
    assert field.label_en and field.label_in("en") == field.label_en
    assert field.label_in("nl") == field.label
    assert len(field.choices_en) == len(field.choices)


@pytest.mark.parametrize("spec", CATALOGUE.values(), ids=[t.value for t in CATALOGUE])
def test_every_form_type_keeps_its_dutch_name_with_an_english_gloss(spec: FormSpec) -> None:
    assert spec.title_in("nl") == spec.name
    assert spec.title_in("en") == f"{spec.name} – {spec.gloss_en}" and spec.gloss_en


def test_a_choice_typed_in_english_is_stored_in_dutch() -> None:
    kind = next(field for field in INCIDENT_FIELDS if field.key == "incident_kind")
    assert field_value(kind, "bullying", date(2026, 11, 20)) == "Pesten"
    assert field_value(kind, "Pesten", date(2026, 11, 20)) == "Pesten"
    assert kind.choice_in("Pesten", "en") == "Bullying" and kind.choice_in("x", "en") == "x"
