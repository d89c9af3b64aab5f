"""Absence prompts end to end: signal → outbox → Teams card → click → card updated."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from bot.jobs.outbox_worker import OutboxWorker
from storage.database import create_engine, session_factory
from storage.tables import AuditRow
from tests.support.bot import BotClient, Clock, running_bot
from tests.support.connector import Sent
from tests.support.notify import (
    buttons,
    card_texts,
    done_buttons,
    drain,
    driven_worker,
    notify_settings,
    register_lates,
)
from tests.support.school import DOCENT, MENTOR, TEAMLEIDER, VC, Person


@dataclass
class Setup:
    client: BotClient
    worker: OutboxWorker
    url: str
    clock: Clock

    async def lates(self, count: int, number: str = "100001", first: int = 0) -> list[Sent]:
        await register_lates(self.url, number, count, self.clock, first)
        self.client.connector.take()
        await drain(self.worker)
        return self.client.connector.take()


@pytest.fixture
async def setup(school_url: str, clock: Clock) -> AsyncIterator[Setup]:
    settings = notify_settings(school_url)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        for person in (MENTOR, VC, TEAMLEIDER, DOCENT):
            await client.say(person, "help")  # each has a personal chat with the bot
        yield Setup(client, worker, school_url, clock)


def to(person: Person, sent: list[Sent]) -> list[Sent]:
    return [s for s in sent if s.conversation_id == f"a:personal-{person.aad}"]


def done_data(sent: Sent) -> list[dict[str, object]]:
    return [data for _, data in done_buttons(sent)]


async def test_each_threshold_reaches_the_roles_its_steps_name(setup: Setup) -> None:
    sent = await setup.lates(9)
    headlines = [[line for line in card_texts(s).splitlines() if "keer te laat" in line]
                 for s in sent]
    assert all(len(found) == 1 for found in headlines)
    assert [card_texts(s).splitlines()[1] for s in to(VC, sent)] == [
        "3e keer te laat dit schooljaar", "6e keer te laat dit schooljaar",
        "9e keer te laat dit schooljaar"]
    assert [card_texts(s).splitlines()[1] for s in to(MENTOR, sent)] == [
        "6e keer te laat dit schooljaar", "9e keer te laat dit schooljaar"]
    assert to(TEAMLEIDER, sent) == [] and to(DOCENT, sent) == []
    assert len(sent) == 5


async def test_the_card_shows_student_what_happened_own_and_other_actions(setup: Setup) -> None:
    sent = await setup.lates(9)
    mentor_card = to(MENTOR, sent)[-1]
    text = card_texts(mentor_card)
    assert text.startswith("Jan de Vries (2A)\n9e keer te laat dit schooljaar\nLaatste data: ")
    assert "Jouw acties\nLicht ouders en leerling in" in text
    assert "uiterlijk 28-11-2026" in text
    assert "Anderen" in text and "verzuimcoördinator" in text
    titles = [title for title, _ in buttons(mentor_card)]
    assert titles == ["Gedaan", "Verslag in logboek", "Logboek bekijken"]
    report = dict(buttons(mentor_card))["Verslag in logboek"]
    assert report == {"text": "nieuw formulier 100001", "form_type": "informatie",
                      "description": "9e keer te laat dit schooljaar",
                      "student_number": "100001"}
    assert dict(buttons(mentor_card))["Logboek bekijken"] == {"text": "logboek 100001"}
    vc_report = dict(buttons(to(VC, sent)[-1]))["Verslag in logboek"]
    assert vc_report["form_type"] == "verantwoording_verzuim"
    assert len(done_data(to(VC, sent)[-1])) == 4  # the coordinator's four steps


async def test_gedaan_updates_the_card_in_place_with_who_and_when(setup: Setup) -> None:
    sent = await setup.lates(9)
    card = to(MENTOR, sent)[-1]
    [button] = done_data(card)
    answer = await setup.client.submit(MENTOR, button)
    [update] = [s for s in answer if s.method == "PUT"]
    assert update.path.endswith(f"/activities/{card.answered_id}")
    assert "✔ gedaan door Marieke Jansen op 23-11-2026 10:00" in card_texts(update)
    assert done_data(update) == []
    [reply] = [s.text for s in answer if s.method == "POST"]
    assert reply.startswith("Gedaan: Licht ouders en leerling in")


async def test_a_user_with_an_english_client_gets_the_card_in_english(
    school_url: str, clock: Clock
) -> None:
    settings = notify_settings(school_url)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await client.say(VC, "help", locale="en-US")
        await register_lates(school_url, "100001", 3, clock)
        client.connector.take()
        await drain(worker)
        [card] = client.connector.take()
    assert "Late 3 times this school year" in card_texts(card)
    assert "Flags the signal and schedules an early check-in" in card_texts(card)  # action_en
    assert "Signaleert" not in card_texts(card)
    assert [title for title, _ in buttons(card)] == ["Done", "Report in logbook",
                                                     "View logbook"]


async def test_prompts_taken_lists_and_ticks_are_in_the_audit_log(setup: Setup) -> None:
    sent = await setup.lates(3)
    [button] = done_data(to(VC, sent)[-1])
    await setup.client.submit(VC, button)
    await setup.client.say(VC, "taken")
    engine = create_engine(setup.url)
    try:
        async with session_factory(engine)() as session:
            rows = await session.execute(select(AuditRow.actor_id, AuditRow.action,
                                                AuditRow.student_number, AuditRow.detail)
                                         .where(AuditRow.actor_id == VC.staff_id)
                                         .order_by(AuditRow.id))
            events = [(action, number, sorted(detail)) for _, action, number, detail in rows]
    finally:
        await engine.dispose()
    assert events == [("read", "100001", ["kind", "prompt", "signal"]),
                      ("write", "100001", ["action", "task_done"])]
