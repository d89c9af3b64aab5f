"""The questions only the add-form dialog asks: student, form type, parent item, attachment,
and the summary. Shared questions (description, expiry, ...) live in form_questions."""

from __future__ import annotations

import mimetypes
from typing import Any

from botbuilder.schema import Activity

from dialogs.add_form.access_question import group_names
from dialogs.add_form.form_questions import (
    ACCESS,
    DESCRIPTION,
    EXPIRY,
    FIELDS,
    FORM,
    URGENT,
    Asking,
    Values,
)
from dialogs.common import adaptive, cards
from dialogs.common.answers import Answer, pick, words
from dialogs.common.markdown import escape_markdown
from dialogs.texts import say, typed_words
from domain.access import readers_of
from domain.errors import Refused
from domain.forms import CATALOGUE, FormType
from domain.logbook import Attachment
from domain.roles import Role
from domain.school import Student
from domain.services.entry_rules import DEFAULT_LIMITS, checked_attachments

CHOICES, UNDER, PARENT, ATTACHMENT = "student_choices", "under", "parent", "attachment"
TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info"
NOT_FILES = ("text/html", "application/vnd.microsoft.card.adaptive")
NONE_WORDS = typed_words("NO_ATTACHMENT")
UNDER_SUFFIXES = tuple(f" {word}" for word in sorted(typed_words("UNDER")))


def student_option(student: Student) -> tuple[str, str]:
    return f"{student.full_name} ({student.class_name}, {student.number})", student.number


def ask_student(lang: str, options: list[list[str]], intro: str) -> Activity:
    nav = [adaptive.submit(say(lang, "CANCEL"), "annuleer")]
    if not options:
        return cards.question(intro or say(lang, "ASK_STUDENT"), [], nav)
    listed = [(title, key) for title, key in options]
    return cards.choices(intro, listed, say(lang, "NEXT"), nav)


def picked_option(answer: Answer, options: list[list[str]]) -> str | None:
    typed = answer["text"] or str(answer["value"].get("choice", ""))
    return pick(typed, [(title, key) for title, key in options])


def form_options(forms: list[FormType], lang: str) -> list[tuple[str, str]]:
    """The school's form names (English readers get a gloss too: either may be typed)."""
    return [(CATALOGUE[form].title_in(lang), form.value) for form in forms]


def ask_form(lang: str, student: Student, forms: list[FormType]) -> Activity:
    name = escape_markdown(student.full_name)
    under = cards.toggle("under", say(lang, "UNDER_TOGGLE"))
    nav = [adaptive.submit(say(lang, "BACK"), "terug"),
           adaptive.submit(say(lang, "CANCEL"), "annuleer")]
    return cards.choices(say(lang, "ASK_FORM", student=name), form_options(forms, lang),
                         say(lang, "NEXT"), nav, [under])


def take_form(answer: Answer, forms: list[FormType], values: Values, lang: str) -> bool:
    """Store the chosen form type (and whether it goes under an item); False: not understood."""
    said = words(answer)
    suffix = next((end for end in UNDER_SUFFIXES if said.endswith(end)), "")
    under = answer["value"].get("under") == "true" or bool(suffix)
    typed = said.removesuffix(suffix) if said else ""
    key = pick(typed or str(answer["value"].get("choice", "")), form_options(forms, lang))
    if key is None:
        return False
    if values.get(FORM) != key:
        for stale in (DESCRIPTION, FIELDS, ACCESS, PARENT):
            values.pop(stale, None)
    values[FORM], values[UNDER] = key, under
    return True


def take_prefill(prefill: dict[str, str], forms: list[FormType], values: Values) -> bool:
    """A form type (and description) chosen by the button that started the dialog, if the
    user may create it; False: ask as usual."""
    wanted = prefill.get("form_type", "")
    if wanted not in {form.value for form in forms}:
        return False
    values[FORM], values[UNDER] = wanted, False
    if prefill.get("description") and not CATALOGUE[FormType(wanted)].fixed_description:
        values[DESCRIPTION] = prefill["description"][:DEFAULT_LIMITS.max_description]
    return True


def parent_options(lines: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    return [(say(lang, "LOOSE_FORM"), ""), *lines]


def ask_attachment(a: Asking) -> Activity:
    limit = f"{DEFAULT_LIMITS.max_attachment_bytes // (1024 * 1024)} MB"
    return cards.question(a.text("ASK_ATTACHMENT", limit=limit), [],
                          [adaptive.submit(a.text("NO_ATTACHMENT"), "geen"), *a.nav()])


def take_attachment(a: Asking, answer: Answer, values: Values) -> str | None:
    files = [f for f in answer["files"] if _is_file(f)]
    if not files:
        if words(answer) in NONE_WORDS:
            values[ATTACHMENT] = None
            return None
        return a.text("SEND_A_FILE")
    attachment = attachment_from(files[0])
    try:
        checked_attachments((attachment,), DEFAULT_LIMITS)
    except Refused as refused:
        return a.refused(refused)
    values[ATTACHMENT] = {"name": attachment.name, "content_type": attachment.content_type,
                          "size": attachment.size, "url": attachment.url}
    return None


def attachment_from(file: dict[str, Any]) -> Attachment:
    """A file sent in the chat, as a reference: Teams' download link (or the contentUrl)."""
    found = file.get("content")
    content: dict[str, Any] = found if isinstance(found, dict) else {}
    name = str(file.get("name") or "bijlage")
    url = content.get("downloadUrl") or file.get("contentUrl")
    kind = file.get("contentType")
    if kind == TEAMS_FILE or not kind:
        kind = mimetypes.guess_type(name)[0] or str(content.get("fileType") or "onbekend")
    size = int(content.get("size") or file.get("size") or 0)  # Teams does not always say
    return Attachment(name=name, content_type=str(kind), size=size, url=url)


def _is_file(file: dict[str, Any]) -> bool:
    kind = file.get("contentType")
    return kind == TEAMS_FILE or (kind not in NOT_FILES and bool(file.get("contentUrl")))


def summary_lines(a: Asking, values: Values) -> list[tuple[str, str]]:
    spec = a.spec
    lines = [(a.text("L_STUDENT"), f"{a.student.full_name} ({a.student.class_name})"),
             (a.text("L_FORM"), spec.title_in(a.lang)),
             (a.text("L_DESCRIPTION"), str(values.get(DESCRIPTION) or spec.name)),
             (a.text("L_EXPIRY"), "-".join(reversed(str(values[EXPIRY]).split("-")))),
             (a.text("L_URGENT"), a.text("YES" if values.get(URGENT) else "NO"))]
    if values.get(PARENT):
        lines.insert(2, (a.text("L_PARENT"), str(values.get("parent_title", ""))))
    filled = values.get(FIELDS) or {}
    lines += [(field.label_in(a.lang), field.choice_in(str(filled.get(field.key, "")), a.lang))
              for field in spec.fields]
    attachment = values.get(ATTACHMENT)
    lines.append((a.text("L_ATTACHMENT"), attachment["name"] if attachment else "-"))
    groups = readers_of(a.form, (Role(r) for r in values.get(ACCESS) or ()))
    lines.append((a.text("L_ACCESS"), group_names(groups, a.lang)))
    return lines


def summary_text(a: Asking, values: Values) -> str:
    return "\n\n".join(f"**{label}**: {escape_markdown(value)}"
                       for label, value in summary_lines(a, values))


def ask_summary(a: Asking, values: Values) -> Activity:
    actions = [adaptive.submit(a.text("SAVE"), "opslaan"),
               adaptive.submit(a.text("CHANGE"), "wijzigen"),
               adaptive.submit(a.text("CANCEL"), "annuleer")]
    # The message text carries the summary; the card only the buttons (no summary twice).
    return cards.question(f"{summary_text(a, values)}\n\n{a.text('SUMMARY')}", [], actions)


def revisable_steps(lang: str, form: str) -> list[tuple[str, str]]:
    """The steps 'Wijzigen' offers: (label, step name)."""
    spec = CATALOGUE[FormType(form)]
    steps = [("L_FORM", "form"), ("L_DESCRIPTION", "description"), ("L_EXPIRY", "expiry"),
             ("L_URGENT", "urgent"), ("L_FIELDS", "fields"), ("L_ATTACHMENT", "attachment"),
             ("L_ACCESS", "access")]
    skipped = {"description"} if spec.fixed_description else set()
    skipped |= {"access"} if spec.locked else set()
    return [(say(lang, label), name) for label, name in steps if name not in skipped]
