"""The logbook and form cards: Teams' size limit, Markdown shown as typed, nothing hidden."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from typing import Any

from dialogs.common.adaptive import MAX_CARD_BYTES, card_bytes
from dialogs.common.markdown import escape_markdown
from dialogs.logbook.entry_card import entry_card
from dialogs.logbook.logbook_card import logbook_card
from domain.forms import CATALOGUE, FormType
from domain.logbook import Attachment, Entry
from domain.roles import Role
from domain.services.entry_details import EntryDetails
from domain.services.read_logbook import LogbookFilters, LogbookLine, LogbookView, RecentAuthor
from tests.unit.school import JAN, NOW

NASTY = "**Jan** [klik](https://evil.test) <b>vet</b> _x_ # kop\n1. lijst\n- punt"


def entry(n: int, parent: str | None = None, text: str = "tekst") -> Entry:
    return Entry(
        id=f"{n:08d}-0000-4000-8000-000000000000", student_number=JAN.number,
        form_type=FormType.INFORMATIE, description=("D" * 200), author_id="d1",
        author_role=Role.DOCENT, created_at=NOW - timedelta(hours=n),
        updated_at=NOW - timedelta(hours=n), expires_on=NOW.date() + timedelta(days=200),
        urgent=n % 3 == 0, access=frozenset({Role.MENTOR}), fields={"body": text},
        parent_id=parent)


def view(lines: tuple[LogbookLine, ...], **changes: Any) -> LogbookView:
    authors = tuple(RecentAuthor(f"Auteur {n} " + "x" * 40, role, NOW)
                    for n, role in enumerate(Role))
    return replace(LogbookView(student=JAN, mentor_names=("Marieke Jansen",), lines=lines,
                               page=1, page_count=3, total=25, recent_authors=authors),
                   **changes)


def texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [t for key, value in node.items() for t in
                ([value] if key in ("text", "value") and isinstance(value, str)
                 else texts(value))]
    if isinstance(node, list):
        return [t for value in node for t in texts(value)]
    return []


def test_a_full_page_with_many_long_children_stays_under_the_card_limit() -> None:
    long_text = "woord " * 2000
    lines = tuple(
        LogbookLine(entry(10 * n, text=long_text), "Naam " * 20, tuple(
            LogbookLine(entry(10 * n + k, parent="p", text=long_text), "Naam " * 20)
            for k in range(1, 9)))
        for n in range(10))
    content = logbook_card(view(lines), LogbookFilters(), "nl", NOW.date(), may_export=True)
    assert card_bytes(content) < MAX_CARD_BYTES
    assert content["version"] == "1.5"
    assert "+ nog" in json.dumps(content, ensure_ascii=False)  # children beyond the cap


def test_a_page_of_ordinary_forms_keeps_its_previews() -> None:
    lines = tuple(LogbookLine(entry(n, text="Gesprek met ouders gehad."), "Pieter Bakker")
                  for n in range(10))
    content = logbook_card(view(lines), LogbookFilters(), "nl", NOW.date(), may_export=False)
    assert texts(content).count("Gesprek met ouders gehad.") == 10
    assert [a["data"]["text"] for a in content["actions"]] == ["meer"]


def test_markdown_in_names_and_texts_is_shown_as_typed() -> None:
    nasty = entry(1, text=NASTY)
    nasty = replace(nasty, description=NASTY)
    student = replace(JAN, first_name="**Jan**", last_name="[x](https://evil.test)")
    content = logbook_card(view((LogbookLine(nasty, NASTY),), student=student),
                           LogbookFilters(), "nl", NOW.date(), may_export=False)
    shown = texts(content["body"])
    assert not any("**Jan**" in t or "[klik](" in t or "<b>" in t for t in shown)
    assert escape_markdown(NASTY) in shown


def test_the_empty_page_says_nothing_about_forms_one_may_not_read() -> None:
    content = logbook_card(view((), total=0, page_count=0), LogbookFilters(), "nl",
                           NOW.date(), may_export=False)
    assert "Geen formulieren gevonden." in texts(content)
    assert "actions" not in content


def test_the_form_card_shows_every_field_and_attachment_and_edit_when_allowed() -> None:
    incident = replace(entry(1), form_type=FormType.INCIDENT, fields={
        "incident_kind": "Pesten", "summary": NASTY, "follow_up": "*é" * 30_000},
        attachments=(Attachment("plan (v2).pdf", "application/pdf", 2048,
                                url="https://school.test/plan (v2).pdf"),))
    details = EntryDetails(incident, CATALOGUE[FormType.INCIDENT], JAN, "Tineke Visser",
                           may_edit=True)
    content = entry_card(details, "nl", NOW.date())
    assert card_bytes(content) < MAX_CARD_BYTES
    shown = texts(content["body"])
    assert "**Soort incident**" in shown and "Pesten" in shown
    assert escape_markdown(NASTY) in shown
    assert any("plan%20%28v2%29.pdf" in t for t in shown)
    assert content["actions"][0]["data"]["text"] == f"bewerk {incident.id}"
    read_only = entry_card(replace(details, may_edit=False), "en", NOW.date())
    assert [a["title"] for a in read_only["actions"]] == ["Back to the logbook"]
