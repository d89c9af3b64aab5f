"""`meer`, `details` and the filters: pages of the logbook shown last, one form in full, and
only what the reader may read (a form outside their reach is simply not there)."""

from __future__ import annotations

from datetime import date

from domain.forms import FormType
from domain.roles import Role
from domain.services.write_entry import NewEntry
from tests.dialogs.driver import DialogBot, DialogDriver
from tests.dialogs.school import School
from tests.support.jans_forms import INCIDENT_FIELDS, JAN
from tests.support.logbook_cards import shown_ids
from tests.support.school import DOCENT, MENTOR, MT, TEAMLEIDER, VC

NOT_AN_ENTRY = "6f0c1d2e-0000-4000-8000-000000000000"


def note(text: str, **changes: object) -> NewEntry:
    """An Informatie form ticked for the staff these tests read as (its readers are its
    author and the groups ticked: DOMAIN.md §1)."""
    changes.setdefault("access", frozenset({Role.DOCENT, Role.MENTOR, Role.TEAMLEIDER,
                                            Role.VERZUIMCOORDINATOR}))
    return NewEntry(JAN, FormType.INFORMATIE, text, fields={"body": text},
                    **changes)  # type: ignore[arg-type]


async def card_ids(chat: DialogDriver, text: str) -> list[str]:
    [sent] = await chat.say(text)
    [card] = sent.cards
    return shown_ids(card)


async def test_meer_shows_the_next_ten_until_the_last_page(bot: DialogBot, school: School) -> None:
    written = [await school.write(DOCENT, note(f"notitie {n}"), days_ago=n) for n in range(23)]
    newest_first = [entry.id for entry in written]
    chat = bot.chat(MENTOR)
    assert await card_ids(chat, "logboek Jan de Vries") == newest_first[:10]
    assert await card_ids(chat, "meer") == newest_first[10:20]
    [last] = await chat.submit({"text": "meer"})  # the card's button
    assert shown_ids(last.cards[0]) == newest_first[20:]
    assert {"text": "meer"} not in [data for _, data in last.buttons]
    [end] = await chat.say("meer")
    assert end.is_("LAST_PAGE")
    assert school.logbook_reads(MENTOR) == [
        newest_first[:10], newest_first[10:20], newest_first[20:]]


async def test_meer_and_details_without_a_logbook_say_how_to_start(bot: DialogBot) -> None:
    chat = bot.chat(MENTOR)
    for command in ("meer", "details 4"):
        [reply] = await chat.say(command)
        assert reply.is_("NO_LAST_LOGBOOK")


async def test_let_op_first_and_children_indented_under_their_item(
    bot: DialogBot, school: School,
) -> None:
    item = await school.write(DOCENT, note("gesprek"), days_ago=5)
    urgent = await school.write(DOCENT, note("dringend", urgent=True), days_ago=9)
    child = await school.write(MENTOR, note("vervolg", parent_id=item.id), days_ago=1)
    [sent] = await bot.chat(MENTOR).say("logboek 100001")
    [card] = sent.cards
    assert shown_ids(card) == [urgent.id, item.id, child.id]
    item_box = next(e for e in card["body"] if shown_ids({"body": [e]}) == [item.id, child.id])
    [indent] = [e for e in item_box["items"] if e["type"] == "ColumnSet"]
    assert shown_ids({"body": [indent]}) == [child.id]
    assert sent.says("URGENT")


async def test_details_by_position_and_by_button_with_edit_only_where_allowed(
    bot: DialogBot, school: School,
) -> None:
    mine = await school.write(DOCENT, note("eigen notitie"), days_ago=1)
    theirs = await school.write(MENTOR, note("notitie mentor"), days_ago=2)
    chat = bot.chat(DOCENT)
    await chat.say("logboek Jan de Vries")
    [own] = await chat.say("details 1")
    assert "eigen notitie" in own.shown
    assert own.button(chat.text("BUTTON_EDIT")) == {"text": f"bewerk {mine.id}"}
    [other] = await chat.submit({"text": f"details {theirs.id}"})
    assert "notitie mentor" in other.shown
    assert not any(data["text"].startswith("bewerk") for _, data in other.buttons)
    assert school.logbook_reads(DOCENT)[1:] == [[mine.id], [theirs.id]]


async def test_details_of_a_form_one_may_not_read_is_simply_not_found(
    bot: DialogBot, school: School,
) -> None:
    hidden = await school.write(TEAMLEIDER, NewEntry(JAN, FormType.INCIDENT,
                                                     fields=INCIDENT_FIELDS))
    chat = bot.chat(DOCENT)
    [refused] = await chat.say(f"details {hidden.id}")
    [absent] = await chat.say(f"details {NOT_AN_ENTRY}")
    assert refused.is_("ENTRY_NOT_FOUND") and absent.is_("ENTRY_NOT_FOUND")
    assert school.audit(DOCENT, "read") == []


async def test_filters_urgent_absence_and_school_year(bot: DialogBot, school: School) -> None:
    plain = await school.write(VC, note("gewoon"))
    urgent = await school.write(VC, note("dringend", urgent=True))
    absence = await school.write(VC, NewEntry(JAN, FormType.VERANTWOORDING_VERZUIM,
                                              fields={"body": "ziek"}))
    last_year = await school.write(VC, note("vorig jaar", expires_on=date(2027, 7, 31)),
                                   days_ago=300)
    chat = bot.chat(VC)
    assert await card_ids(chat, "logboek Jan de Vries urgent") == [urgent.id]
    assert await card_ids(chat, "logboek Jan de Vries verzuim") == [absence.id]
    assert await card_ids(chat, "logboek Jan de Vries 2025-2026") == [last_year.id]
    assert set(await card_ids(chat, "logboek 2A Jan 2026-2027")) == {
        plain.id, urgent.id, absence.id}


async def test_expired_forms_only_for_the_roles_the_domain_allows(
    bot: DialogBot, school: School,
) -> None:
    old = await school.write(DOCENT, note("oud nieuws", expires_on=date(2026, 12, 1)))
    school.clock.current = school.clock.current.replace(month=12, day=14)
    assert await card_ids(bot.chat(MT), "logboek Jan de Vries") == []
    assert await card_ids(bot.chat(TEAMLEIDER), "logboek 100001 inclusief verlopen") == [old.id]
    [refused] = await bot.chat(DOCENT).say("logboek Jan inclusief verlopen")
    assert refused.is_("EXPIRED_NOT_ALLOWED")


async def test_a_form_under_an_item_one_may_not_read_stands_alone_without_a_hint(
    bot: DialogBot, school: School,
) -> None:
    incident = await school.write(TEAMLEIDER, NewEntry(JAN, FormType.INCIDENT,
                                                       fields=INCIDENT_FIELDS), days_ago=2)
    child = await school.write(TEAMLEIDER, note("afspraak met ouders", parent_id=incident.id))
    chat = bot.chat(DOCENT)
    [sent] = await chat.say("logboek Jan de Vries")
    [card] = sent.cards
    assert shown_ids(card) == [child.id]
    assert incident.id not in str(card) and not sent.says("MORE_CHILDREN")
    [details] = await chat.submit({"text": f"details {child.id}"})
    assert incident.id not in str(details.activity.attachments)
    assert sent.says("PAGE", page=1, pages=1, total=1)


async def test_an_english_reader_pages_and_opens_details_in_english(
    bot: DialogBot, school: School,
) -> None:
    written = [await school.write(DOCENT, note(f"notitie {n}"), days_ago=n) for n in range(12)]
    chat = bot.chat(MENTOR, locale="en-US")
    [first] = await chat.say("logbook Jan de Vries")
    assert first.says("PAGE", page=1, pages=2, total=12)
    assert (chat.text("BUTTON_MORE"), {"text": "meer"}) in first.buttons
    [second] = await chat.say("more")
    assert shown_ids(second.cards[0]) == [entry.id for entry in written[10:]]
    [details] = await chat.say("details 2")
    assert "notitie 11" in details.shown
    assert details.says("WRITTEN", author="Pieter Bakker", role="teacher")
    [end] = await chat.say("more")
    assert end.is_("LAST_PAGE") and end.text == "That was the last page of the logbook."
