"""Dutch texts for the demo logbook: titles and field values that read like real notes."""

from __future__ import annotations

import random
from datetime import date

from domain.forms import CATALOGUE, FieldKind, FormType
from domain.school import Student

INFO_TITLES = (
    "Gesprek over motivatie", "Huiswerk niet op orde", "Afspraken na toetsweek",
    "Contact met ouders", "Concentratie in de les", "Positieve ontwikkeling",
    "Samenwerking in groepjes", "Telefoongebruik in de les", "Extra ondersteuning wiskunde",
    "Terugkoppeling rapportvergadering",
)
SENTENCES = (
    "{name} gaf aan dat het thuis op dit moment onrustig is.",
    "Met {name} afgesproken dat het huiswerk elke dag in de planner komt.",
    "Ouders zijn telefonisch op de hoogte gebracht en denken mee.",
    "{name} werkt beter sinds de nieuwe plek in de klas.",
    "De cijfers voor Nederlands en wiskunde blijven achter.",
    "{name} is vaak te laat in het eerste uur; gesprek gepland.",
    "Over twee weken evalueren we de afspraken met {name}.",
    "{name} toont veel inzet en helpt klasgenoten.",
    "Na overleg met de teamleider is een vervolggesprek ingepland.",
    "{name} heeft een verlengde toetstijd; docenten zijn geïnformeerd.",
)


def title_for(rng: random.Random, form: FormType) -> str:
    spec = CATALOGUE[form]
    return spec.name if spec.fixed_description else rng.choice(INFO_TITLES)


def fields_for(rng: random.Random, form: FormType, student: Student, day: date) -> dict[str, str]:
    """A value for every field of the form type, by its kind."""
    values: dict[str, str] = {}
    for field in CATALOGUE[form].fields:
        if field.kind is FieldKind.DATE:
            values[field.key] = day.isoformat()
        elif field.kind is FieldKind.TIME:
            values[field.key] = f"{rng.randrange(8, 16):02d}:{rng.choice(('00', '15', '30'))}"
        elif field.kind is FieldKind.CHOICE:
            values[field.key] = rng.choice(field.choices)
        else:
            values[field.key] = _text(rng, student, 1 if field.kind is FieldKind.TEXT else 3)
    return values


def _text(rng: random.Random, student: Student, sentences: int) -> str:
    return " ".join(rng.choice(SENTENCES).format(name=student.first_name)
                    for _ in range(sentences))
