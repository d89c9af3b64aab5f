"""Delivery when Teams pushes back or nobody can be reached, across restarts, at night."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select

from domain.notify.fanout import announce_signals
from domain.notify.quiet_hours import SchoolHours
from storage.database import create_engine, session_factory
from storage.tables import OutboxRow
from storage.uow import SqlUnitOfWork
from tests.support import teams
from tests.support.bot import Clock, running_bot
from tests.support.notify import (
    card_texts,
    done_buttons,
    drain,
    driven_worker,
    notify_settings,
    register_lates,
)
from tests.support.school import MENTOR, VC


async def statuses(url: str) -> list[tuple[str, str, int]]:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            rows = await session.execute(select(OutboxRow.staff_id, OutboxRow.status,
                                                OutboxRow.attempts).order_by(OutboxRow.id))
            return [tuple(row) for row in rows]  # type: ignore[misc]
    finally:
        await engine.dispose()


async def test_throttled_and_failed_sends_are_retried_and_arrive_once(
    school_url: str, clock: Clock
) -> None:
    settings = notify_settings(school_url)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await client.say(VC, "help")
        await register_lates(school_url, "100001", 3, clock)
        client.connector.take()
        client.connector.fail_next(429, retry_after=30)
        await drain(worker)
        assert client.connector.take() == []
        clock.current += timedelta(seconds=29)
        await drain(worker)
        assert client.connector.take() == []  # Retry-After is honoured
        clock.current += timedelta(seconds=2)
        client.connector.fail_next(500, times=2)
        await drain(worker)
        assert client.connector.take() == []
        clock.current += timedelta(minutes=10)
        await drain(worker)
        clock.current += timedelta(minutes=10)
        await drain(worker)
        [card] = client.connector.take()
    assert "3e keer te laat" in card_texts(card)
    assert await statuses(school_url) == [(VC.staff_id, "sent", 4)]


async def crashed_after_claiming_one(url: str, clock: Clock) -> None:
    """A worker that announced the signals, claimed one row, and died before sending it."""
    engine = create_engine(url)
    try:
        uow = SqlUnitOfWork(session_factory(engine))
        await announce_signals(uow, SchoolHours(enabled=False), clock.current)
        async with uow:
            await uow.outbox.claim("crashed", clock.current, timedelta(minutes=5), 1)
            await uow.commit()
    finally:
        await engine.dispose()


async def test_a_restart_sends_pending_and_abandoned_rows_once(school_url: str,
                                                               clock: Clock) -> None:
    settings = notify_settings(school_url)
    async with running_bot(settings, clock) as client:
        await client.say(VC, "help")
        await client.say(MENTOR, "help")
        await register_lates(school_url, "100001", 6, clock)
        client.connector.take()
        await crashed_after_claiming_one(school_url, clock)
        async with driven_worker(settings, clock, "after-restart") as worker:
            await drain(worker)
            assert len(client.connector.take()) == 2  # the unclaimed rows
            clock.current += timedelta(minutes=6)  # the crashed worker's lease ran out
            await drain(worker)
            assert len(client.connector.take()) == 1
            await drain(worker)
            assert client.connector.take() == []
    assert [status for _, status, _ in await statuses(school_url)] == ["sent"] * 3


async def test_without_a_chat_the_bot_opens_one(school_url: str, clock: Clock) -> None:
    settings = replace(notify_settings(school_url), tenant_id=teams.TENANT)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await client.say(VC, "help")  # the mentor never talked to the bot
        await register_lates(school_url, "100001", 6, clock)
        client.connector.take()
        await drain(worker)
        sent = client.connector.take()
    [created] = client.connector.conversations_created
    assert created["members"][0]["aadObjectId"] == MENTOR.aad
    assert created["channelData"]["tenant"]["id"] == teams.TENANT
    to_mentor = [s for s in sent if s.conversation_id.startswith("a:created-")]
    assert len(to_mentor) == 1 and "6e keer te laat" in card_texts(to_mentor[0])


async def test_when_nobody_can_reach_the_mentor_the_coordinator_hears(
    school_url: str, clock: Clock
) -> None:
    settings = replace(notify_settings(school_url), tenant_id=teams.TENANT)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await client.say(VC, "help")
        await register_lates(school_url, "100001", 6, clock)
        client.connector.take()
        client.connector.not_installed.add(MENTOR.aad)  # and the mentor has no chat yet
        await drain(worker)
        sent = client.connector.take()
    texts = [card_texts(s) for s in sent]
    assert len(sent) == 3  # the coordinator's own two prompts, and the mentor's one
    assert any(t.startswith("Dit bericht kon niet bezorgd worden bij Marieke Jansen")
               for t in texts)
    assert ("m.jansen", "undeliverable") in [row[:2] for row in await statuses(school_url)]


async def test_outside_school_hours_prompts_wait_for_one_morning_digest(
    school_url: str, clock: Clock
) -> None:
    settings = notify_settings(school_url, LVS_QUIET_HOURS="07:30-17:30 ma-vr")
    clock.current = clock.current.replace(hour=18)  # Monday evening
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await client.say(VC, "help")
        await client.say(MENTOR, "help")
        await register_lates(school_url, "100001", 9, clock)
        client.connector.take()
        await drain(worker)
        assert client.connector.take() == []
        clock.current = clock.current.replace(day=24, hour=7, minute=29)
        await drain(worker)
        assert client.connector.take() == []
        clock.current = clock.current.replace(minute=30)
        await drain(worker)
        sent = client.connector.take()
    assert len(sent) == 2  # one digest each
    by_person = {s.conversation_id: card_texts(s) for s in sent}
    vc = by_person[f"a:personal-{VC.aad}"]
    assert vc.startswith("Buiten schooltijd binnengekomen: 3 berichten.")
    assert vc.index("3e keer") < vc.index("6e keer") < vc.index("9e keer")
    assert by_person[f"a:personal-{MENTOR.aad}"].startswith(
        "Buiten schooltijd binnengekomen: 2 berichten.")


async def test_gedaan_on_a_digest_updates_the_whole_digest(school_url: str,
                                                           clock: Clock) -> None:
    settings = notify_settings(school_url, LVS_QUIET_HOURS="07:30-17:30")
    clock.current = clock.current.replace(hour=6)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await client.say(MENTOR, "help")
        await register_lates(school_url, "100001", 9, clock)
        await drain(worker)
        clock.current = clock.current.replace(hour=8)
        client.connector.take()
        await drain(worker)
        [digest] = client.connector.take()
        [(_, first), (_, second)] = done_buttons(digest)
        answer = await client.submit(MENTOR, second)
    [update] = [s for s in answer if s.method == "PUT"]
    assert update.path.endswith(f"/activities/{digest.answered_id}")
    text = card_texts(update)
    assert text.startswith("Buiten schooltijd binnengekomen: 2 berichten.")
    assert "✔ gedaan door Marieke Jansen" in text.split("9e keer")[1]
    assert [data for _, data in done_buttons(update)] == [first]


async def test_an_overdue_action_gets_one_reminder_then_a_notice(school_url: str,
                                                                  clock: Clock) -> None:
    settings = notify_settings(school_url)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await client.say(VC, "help")
        await client.say(MENTOR, "help")
        await register_lates(school_url, "100001", 6, clock)
        await drain(worker)
        client.connector.take()
        clock.current = clock.current.replace(day=29)  # the mentor's action was due the 28th
        async with driven_worker(settings, clock, "day-29") as later:
            await drain(later)
            await drain(later)
        reminders = client.connector.take()
        clock.current = clock.current.replace(day=30)
        async with driven_worker(settings, clock, "day-30") as next_day:
            await drain(next_day)
        notices = client.connector.take()
    mentor_reminders = [s for s in reminders if s.conversation_id.endswith(MENTOR.aad)]
    assert len(mentor_reminders) == 1
    assert card_texts(mentor_reminders[0]).startswith(
        "Herinnering: deze actie is over de datum.\nJan de Vries (2A)")
    to_vc = [card_texts(s) for s in notices if s.conversation_id.endswith(VC.aad)]
    assert any(t.startswith("Nog niet gedaan na een herinnering (Marieke Jansen).")
               for t in to_vc)
    assert not [s for s in notices if s.conversation_id.endswith(MENTOR.aad)]


async def test_the_server_runs_its_own_worker_and_stops_it_cleanly(school_url: str,
                                                                    clock: Clock) -> None:
    settings = notify_settings(school_url, LVS_OUTBOX_WORKER="on", LVS_OUTBOX_POLL="0.02")
    async with running_bot(settings, clock) as client:
        await client.say(VC, "help")
        client.connector.take()
        await register_lates(school_url, "100001", 3, clock)
        [card] = await client.connector.wait_for(1)
    assert "3e keer te laat" in card_texts(card)
    assert await statuses(school_url) == [(VC.staff_id, "sent", 1)]
