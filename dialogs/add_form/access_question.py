"""The access question: who may read the form. Locked groups are shown, never asked; otherwise
the default groups are ticked and only the groups the rules allow can be chosen."""

from __future__ import annotations

from botbuilder.schema import Activity

from dialogs.add_form.form_questions import ACCESS, Asking, Values
from dialogs.common import adaptive, cards
from dialogs.common.answers import Answer, words
from dialogs.texts import typed_words
from domain.access import choosable_groups, default_groups, readers_of
from domain.errors import Refused
from domain.roles import Role
from domain.school import fold
from domain.services.entry_rules import checked_access

DEFAULT_WORDS = typed_words("DEFAULT")


def ask_access(a: Asking, current: frozenset[Role] | None = None) -> Activity:
    groups = current if current is not None else default_groups(a.staff, a.form, a.student)
    choosable = sorted(choosable_groups(a.staff, a.form, a.student), key=list(Role).index)
    options = [(role.label_in(a.lang), role.value) for role in choosable]
    value = ",".join(r.value for r in sorted(groups, key=list(Role).index))
    body = [cards.choice_input("access", options, value, multi=True)]
    text = a.text("ASK_ACCESS", groups=group_names(groups, a.lang),
                  choosable=", ".join(title for title, _ in options))
    return cards.question(text, body, [adaptive.submit(a.text("DEFAULT_BUTTON", default=
                          group_names(groups, a.lang)), "standaard"),
                          cards.send_inputs(a.text("NEXT")), *a.nav()])


def take_access(a: Asking, answer: Answer, values: Values) -> str | None:
    typed = answer["text"] if answer["text"] else str(answer["value"].get("access", ""))
    if words(answer) in DEFAULT_WORDS or not typed.strip():
        groups = default_groups(a.staff, a.form, a.student)
    else:
        parts = [part for part in typed.replace(";", ",").split(",") if part.strip()]
        found = {part: _role_named(part) for part in parts}
        unknown = [part.strip() for part, role in found.items() if role is None]
        if unknown:
            return a.text("UNKNOWN_GROUPS", names=", ".join(unknown))
        groups = frozenset(role for role in found.values() if role is not None)
    try:
        values[ACCESS] = sorted(r.value for r in checked_access(a.staff, a.form, a.student,
                                                                 groups))
    except Refused as refused:
        return a.refused(refused)
    return None


def locked_access_note(a: Asking) -> str:
    return a.text("LOCKED_ACCESS", groups=group_names(readers_of(a.form, a.spec.read), a.lang))


def group_names(groups: frozenset[Role], lang: str) -> str:
    return ", ".join(role.label_in(lang) for role in sorted(groups, key=list(Role).index))


def _role_named(text: str) -> Role | None:
    name = fold(text)
    for role in Role:
        if name in (fold(role.value), fold(role.label_in("nl")), fold(role.label_in("en"))):
            return role
    return None


def accept_default_access(a: Asking, values: Values) -> None:
    values[ACCESS] = sorted(r.value for r in default_groups(a.staff, a.form, a.student))


def current_access(values: Values) -> frozenset[Role] | None:
    stored = values.get(ACCESS)
    return None if stored is None else frozenset(Role(r) for r in stored)
