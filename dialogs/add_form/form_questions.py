"""The questions a form is made of, shared by the add-form and the edit dialog.

Each question has an `ask_*` (the message with its card) and a `take_*` that reads an answer
into the dialog's values. `take_*` returns None when the answer is in, MORE when the question
must be asked again without complaint (the next field), or the error to show. The rules come
from the domain (expiry parser, entry_rules checks); nothing is decided here twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from botbuilder.schema import Activity

from dialogs.common import adaptive, cards
from dialogs.common.answers import Answer, words
from dialogs.common.markdown import escape_markdown
from dialogs.texts import say, say_refused, typed_words
from domain.errors import Refused
from domain.expiry import default_expiry_for, parse_expiry
from domain.field_values import field_value
from domain.forms import CATALOGUE, Field, FieldKind, FormSpec, FormType
from domain.school import Staff, Student
from domain.services.entry_rules import DEFAULT_LIMITS, checked_description

# Keys in a dialog's values (JSON primitives only: state is stored as JSON).
STUDENT, FORM = "student", "form"  # the student number and the form type's value
DESCRIPTION, EXPIRY, URGENT, FIELDS, ACCESS = "description", "expires_on", "urgent", "fields", \
    "access"
MORE: Final = ""  # ask the same question again, no error
YES, NO = typed_words("YES"), typed_words("NO")

Values = dict[str, Any]


@dataclass(frozen=True)
class Asking:
    """Who asks about which student and form, in which language, on which day."""

    staff: Staff
    student: Student
    form: FormType
    lang: str
    today: date

    @property
    def spec(self) -> FormSpec:
        return CATALOGUE[self.form]

    def text(self, key: str, /, **values: object) -> str:
        return say(self.lang, key, **values)

    def refused(self, refused: Refused) -> str:
        """The domain's refusal in this language, ready to show (user data escaped)."""
        return escape_markdown(say_refused(self.lang, refused))

    def nav(self) -> list[cards.Element]:
        return [adaptive.submit(self.text("BACK"), "terug"),
                adaptive.submit(self.text("CANCEL"), "annuleer")]


Take = Callable[[Asking, Answer, Values], "str | None"]  # judges an answer: see the docstring


def ask_description(a: Asking, current: str = "") -> Activity:
    limit = DEFAULT_LIMITS.max_description
    body = [cards.text_input("description", "", current, max_length=limit)]
    return cards.question(a.text("ASK_DESCRIPTION", limit=limit), body,
                          [cards.send_inputs(a.text("NEXT")), *a.nav()])


def take_description(a: Asking, answer: Answer, values: Values) -> str | None:
    typed = str(answer["value"].get("description") or answer["text"])
    try:
        values[DESCRIPTION] = checked_description(a.spec, typed, DEFAULT_LIMITS)
    except Refused as refused:
        return a.refused(refused)
    return None


def ask_expiry(a: Asking, *, all_defaults: bool) -> Activity:
    default = f"{default_expiry_for(a.form, a.student, a.today):%d-%m-%Y}"
    actions = [adaptive.submit(a.text("DEFAULT_BUTTON", default=default), "standaard")]
    if all_defaults:
        actions.append(adaptive.submit(a.text("ALL_DEFAULTS_BUTTON"), "alles standaard"))
    body = [cards.date_input("expiry", "", "")]
    return cards.question(a.text("ASK_EXPIRY", default=default), body,
                          [*actions, cards.send_inputs(a.text("NEXT")), *a.nav()])


def take_expiry(a: Asking, answer: Answer, values: Values) -> str | None:
    typed = answer["text"] or str(answer["value"].get("expiry") or "")
    try:
        values[EXPIRY] = parse_expiry(typed, a.today, a.student, a.form).isoformat()
    except Refused as refused:
        return a.refused(refused)
    return None


def ask_urgent(a: Asking) -> Activity:
    actions = [adaptive.submit(a.text("URGENT_NO"), "nee"),
               adaptive.submit(a.text("URGENT_YES"), "ja")]
    return cards.question(a.text("ASK_URGENT"), [], [*actions, *a.nav()])


def take_urgent(a: Asking, answer: Answer, values: Values) -> str | None:
    said = words(answer)
    if said not in YES | NO:
        return a.text("YES_OR_NO")
    values[URGENT] = said in YES
    return None


def ask_fields(a: Asking, values: Values, before: Mapping[str, str] | None = None) -> Activity:
    """The fields not filled in yet, on one card (`before`: the values to start from)."""
    filled = values.get(FIELDS) or {}
    pending = [f for f in a.spec.fields if f.key not in filled]
    first = pending[0] if pending else a.spec.fields[0]
    key = "ASK_FIELDS_CARD" if len(pending) == len(a.spec.fields) > 1 else "ASK_FIELD"
    text = a.text(key, label=first.label_in(a.lang), choices=_choice_list(first, a.lang))
    body = [_field_input(f, (before or {}).get(f.key, ""), a.lang)
            for f in pending or a.spec.fields]
    return cards.question(text, body, [cards.send_inputs(a.text("NEXT")), *a.nav()])


def take_fields(a: Asking, answer: Answer, values: Values) -> str | None:
    filled: dict[str, str] = dict(values.get(FIELDS) or {})
    submitted = {k[2:]: str(v) for k, v in answer["value"].items() if k.startswith("f_")}
    pending = [f for f in a.spec.fields if f.key not in filled]
    typed = [(pending[0], answer["text"])] if pending and not submitted else []
    try:
        for field, text in typed or [(f, submitted.get(f.key, "")) for f in pending]:
            filled[field.key] = field_value(field, text, a.today)
    except Refused as refused:
        return a.refused(refused)
    values[FIELDS] = filled
    return MORE if any(f.key not in filled for f in a.spec.fields) else None


def _choice_list(field: Field, lang: str) -> str:
    if not field.choices:
        return ""
    titles = (title for title, _ in field.choice_titles(lang))
    return " (" + ", ".join(f"{n}. {c}" for n, c in enumerate(titles, 1)) + ")"


def _field_input(field: Field, value: str, lang: str) -> cards.Element:
    """Labels and choices in the reader's language; a choice's value stays the stored Dutch."""
    key, label = f"f_{field.key}", field.label_in(lang)
    if field.kind is FieldKind.DATE:
        iso = "-".join(reversed(value.split("-"))) if value else ""
        return cards.date_input(key, label, iso)
    if field.kind is FieldKind.TIME:
        return cards.time_input(key, label, value)
    if field.kind is FieldKind.CHOICE:
        return cards.choice_input(key, field.choice_titles(lang), value, label=label)
    return cards.text_input(key, label, value, multiline=field.kind is FieldKind.LONG_TEXT)

