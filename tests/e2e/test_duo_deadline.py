"""The 16-hour DUO report through the real app: registrations posted to /api/absences late,
the deadline counted from the day the 16th hour was reached, the card saying it is overdue."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from bot.jobs.outbox_worker import OutboxWorker
from tests.support.bot import BotClient, Clock, running_bot
from tests.support.connector import Sent
from tests.support.notify import card_texts, drain, driven_worker, notify_settings
from tests.support.school import MENTOR, VC

TOKEN = "t0ken-" + "x" * 32  # LVS_INGEST_TOKEN needs at least 32 characters


@dataclass
class App:
    client: BotClient
    worker: OutboxWorker
    clock: Clock


@pytest.fixture
async def app(school_url: str, clock: Clock) -> AsyncIterator[App]:
    settings = notify_settings(school_url, LVS_INGEST_TOKEN=TOKEN)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        for person in (MENTOR, VC):
            await client.say(person, "help")  # each has a personal chat with the bot
        client.connector.take()
        yield App(client, worker, clock)


async def post_truancy(app: App, day: date, hours: float) -> dict[str, object]:
    item = {"id": f"t-{day}", "student_number": "100001", "kind": "truancy",
            "date": day.isoformat(), "hours": hours}
    async with app.client.http.post(f"{app.client.url}/api/absences", json=[item],
                                    headers={"Authorization": f"Bearer {TOKEN}"}) as response:
        assert response.status == 200
        return await response.json()  # type: ignore[no-any-return]


def school_days_before(today: date, count: int) -> date:
    day = today
    while count:
        day -= timedelta(days=1)
        count -= day.weekday() < 5
    return day


async def test_a_late_batch_makes_the_duo_report_overdue_and_the_card_says_so(app: App) -> None:
    today = app.clock.current.date()
    reached = school_days_before(today, 10)  # the 16th hour, two school weeks ago
    body = await post_truancy(app, reached, 16)
    duo = [s for s in body["signals"] if s["rule"] == "duo_16_hours"]  # type: ignore[union-attr]
    assert len(duo) == 1
    await drain(app.worker)
    cards: list[Sent] = app.client.connector.take()
    vc_cards = [card_texts(s) for s in cards if s.conversation_id == f"a:personal-{VC.aad}"]
    duo_card = next(text for text in vc_cards if "DUO-melding verplicht" in text)
    assert (reached, today) == (date(2026, 11, 9), date(2026, 11, 23))
    assert "te laat: uiterlijk 16-11-2026" in duo_card  # 5 working days after the 16th hour
