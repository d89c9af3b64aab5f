"""The message action "Toevoegen aan logboek": Teams-shaped invokes through the real app."""

from __future__ import annotations

import json

from domain.forms import FormType
from storage.database import create_engine
from tests.e2e.logbook_checks import saved_entries
from tests.e2e.logbook_school import audit_rows
from tests.e2e.message_actions import (
    GROUP,
    card_words,
    filled_in,
    inputs,
    invoke,
    logbook_of,
    task_card,
)
from tests.support import teams
from tests.support.bot import BotClient, Clock, running_bot, settings_for
from tests.support.school import MENTOR, MT, VC, ZUID_DOCENT, Person

NAMING_JAN = teams.message_payload(
    "<p>Hoi Marieke,</p><p>Jan de Vries was vandaag weer <b>te laat</b> bij wiskunde "
    "&amp; had zijn boek niet mee.</p>")


async def test_a_message_naming_a_student_becomes_a_form_in_their_logbook(
    client: BotClient, school_url: str, clock: Clock,
) -> None:
    await client.say(MENTOR, "help")  # the mentor's personal chat is known
    client.connector.take()
    card = task_card(await invoke(client, MENTOR, "fetchTask", NAMING_JAN))
    fields = inputs(card)
    assert fields["student"]["value"] == "100001"
    assert [c["value"] for c in fields["student"]["choices"]] == ["100001"]
    assert fields["description"]["value"].startswith("Hoi Marieke, Jan de Vries was")
    body = fields["body"]["value"]
    assert body.startswith("Uit een Teams-bericht van Pieter Bakker, 23-11-2026 09:12:")
    assert "Jan de Vries was vandaag weer te laat bij wiskunde & had zijn boek" in body
    assert "<" not in body
    answer = await invoke(client, MENTOR, "submitAction", NAMING_JAN, filled_in(card))
    assert answer["task"]["type"] == "message"
    assert answer["task"]["value"].startswith("Opgeslagen in het logboek van Jan de Vries")
    [entry] = await logbook_of(school_url, MENTOR, "100001", clock)
    assert entry.form_type is FormType.INFORMATIE and entry.description.startswith("Hoi")
    assert entry.author_id == MENTOR.staff_id and "te laat bij wiskunde" in entry.fields["body"]
    sent = client.connector.take()
    assert [s.conversation_id for s in sent] == [f"a:personal-{MENTOR.aad}"]
    assert sent[0].text.startswith("Je hebt dit formulier toegevoegd vanuit een Teams-bericht")
    assert "Docent/mentor/teamleider - informatie" in str(sent[0].cards)


async def test_teams_repeating_the_submit_saves_and_reports_once(
    client: BotClient, school_url: str,
) -> None:
    card = task_card(await invoke(client, MENTOR, "fetchTask", NAMING_JAN))
    first = await invoke(client, MENTOR, "submitAction", NAMING_JAN, filled_in(card))
    again = await invoke(client, MENTOR, "submitAction", NAMING_JAN, filled_in(card))
    assert first == again
    [entry] = await saved_entries(school_url)
    engine = create_engine(school_url)
    try:
        [written] = await audit_rows(engine, MENTOR, "write")
    finally:
        await engine.dispose()
    assert (written.student_number, written.detail["entry_id"]) == ("100001", entry.id)
    sent = client.connector.take()
    assert len(sent) == 1 and sent[0].conversation_id.startswith("a:created-")
    assert all(s.conversation_id != GROUP for s in sent)


async def test_the_users_own_student_is_chosen_and_an_ambiguous_name_is_a_choice(
    client: BotClient,
) -> None:
    payload = teams.message_payload(
        "<div>Jan was vandaag erg onrustig in de les. Lotte zit in zuid.</div>")
    mentor = inputs(task_card(await invoke(client, MENTOR, "fetchTask", payload)))["student"]
    assert mentor["value"] == "100001"  # as `logboek jan`: the mentor's own Jan
    choice = inputs(task_card(await invoke(client, VC, "fetchTask", payload)))["student"]
    assert {c["value"] for c in choice["choices"]} == {"100001", "100004"}  # not Lotte (zuid)
    assert choice["value"] == ""  # two Jans, neither the VC's own: a choice, not chosen


async def test_nobody_named_asks_for_a_name_and_a_student_outside_the_circle_stays_hidden(
    client: BotClient, school_url: str,
) -> None:
    payload = teams.message_payload("<p>Jan Vermeulen (noord) was er niet.</p>")
    card = task_card(await invoke(client, ZUID_DOCENT, "fetchTask", payload))
    assert "student" not in inputs(card) and "student_name" in inputs(card)
    assert "geen leerling van jou" in card_words(card)
    forged = filled_in(card, student="100001")  # a number typed into the request by hand
    again = task_card(await invoke(client, ZUID_DOCENT, "submitAction", payload, forged))
    assert "Kies de leerling" in card_words(again)
    assert await saved_entries(school_url) == []
    client.connector.take()


async def test_a_typed_student_is_looked_up_on_submit(client: BotClient,
                                                      school_url: str) -> None:
    payload = teams.message_payload("<p>Gesprek gehad over het rooster.</p>")
    card = task_card(await invoke(client, MENTOR, "fetchTask", payload))
    typed = filled_in(card, student_name="100002")
    answer = await invoke(client, MENTOR, "submitAction", payload, typed)
    assert "Fatima El Amrani" in answer["task"]["value"]
    assert len(await saved_entries(school_url, "100002")) == 1


async def test_an_invalid_submit_comes_back_with_the_reason_and_nothing_lost(
    client: BotClient, school_url: str,
) -> None:
    card = task_card(await invoke(client, MENTOR, "fetchTask", NAMING_JAN))
    empty = filled_in(card, description="  ")
    again = task_card(await invoke(client, MENTOR, "submitAction", NAMING_JAN, empty))
    assert "Geef een omschrijving" in card_words(again)
    assert inputs(again)["body"]["value"] == inputs(card)["body"]["value"]
    assert inputs(again)["student"]["value"] == "100001"
    assert await saved_entries(school_url) == []
    assert client.connector.take() == []


async def test_a_form_type_the_role_may_not_write_is_refused_by_the_domain(
    client: BotClient, school_url: str,
) -> None:
    card = task_card(await invoke(client, MENTOR, "fetchTask", NAMING_JAN))
    assert "verantwoording_verzuim" not in {c["value"] for c in inputs(card)["form"]["choices"]}
    forged = filled_in(card, form="verantwoording_verzuim")
    again = task_card(await invoke(client, MENTOR, "submitAction", NAMING_JAN, forged))
    assert "Je mag geen 'Verantwoordingsformulier verzuim' toevoegen" in card_words(again)
    assert await saved_entries(school_url) == []


async def test_someone_who_may_write_no_forms_is_told_politely(client: BotClient) -> None:
    answer = await invoke(client, MT, "fetchTask", NAMING_JAN)
    assert answer["task"]["type"] == "message"
    assert answer["task"]["value"].startswith("Vanuit een bericht kun je geen logboekformulier")


async def test_another_tenant_and_an_unknown_user_are_refused_in_the_task_module(
    school_url: str, clock: Clock,
) -> None:
    stranger = Person("x", "Onbekend", "x@elders.test", "aad-unknown-9999", "docent")
    settings = settings_for(school_url, tenant_id=teams.TENANT)
    async with running_bot(settings, clock) as client:
        for person, tenant in ((MENTOR, "tenant-other-school"), (stranger, teams.TENANT)):
            for name in ("fetchTask", "submitAction"):
                answer = await invoke(client, person, name, NAMING_JAN, {}, tenant=tenant)
                assert answer["task"]["type"] == "message"
                assert answer["task"]["value"].startswith("Sorry, je hebt geen toegang")
        assert client.connector.take() == []
    assert await saved_entries(school_url) == []


async def test_an_english_user_reads_english(client: BotClient) -> None:
    body = await invoke(client, MENTOR, "fetchTask", NAMING_JAN, locale="en-US")
    assert body["task"]["value"]["title"] == "Add to logbook"
    card = task_card(body)
    assert inputs(card)["body"]["value"].startswith(
        "From a Teams message by Pieter Bakker, 23-11-2026 09:12:")
    empty = filled_in(card, description="")
    again = await invoke(client, MENTOR, "submitAction", NAMING_JAN, empty, locale="en-US")
    assert "Give a description" in card_words(task_card(again))
    saved = await invoke(client, MENTOR, "submitAction", NAMING_JAN, filled_in(card),
                         locale="en-US")
    assert saved["task"]["value"].startswith("Saved in the logbook of Jan de Vries")


async def test_a_long_message_still_fits_teams_card_limit(client: BotClient) -> None:
    long = teams.message_payload("<p>Jan de Vries " + "heel lang verhaal, " * 4000 + "</p>")
    card = task_card(await invoke(client, MENTOR, "fetchTask", long))
    assert card["version"] == "1.5"
    assert len(json.dumps(card, ensure_ascii=False).encode("utf-8")) < 28 * 1024
    assert inputs(card)["body"]["value"].endswith(" …")
