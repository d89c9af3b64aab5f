"""Delivery when Teams pushes back or nobody can be reached, and across restarts."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from domain.notify.fanout import announce_signals
from domain.notify.quiet_hours import SchoolHours
from domain.notify.rate_limits import TEAMS_LIMITS
from storage.database import create_engine, session_factory
from storage.uow import SqlUnitOfWork
from tests.support import teams
from tests.support.bot import Clock, running_bot
from tests.support.notify import (
    card_texts,
    drain,
    driven_worker,
    notify_settings,
    register_lates,
    statuses,
)
from tests.support.school import MENTOR, VC


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


async def test_with_teams_enforcing_its_limits_every_message_arrives_once(
    school_url: str, clock: Clock
) -> None:
    settings = notify_settings(school_url)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await client.say(VC, "help")
        await client.say(MENTOR, "help")
        client.connector.limits = TEAMS_LIMITS  # counted from here on, as the worker counts
        await register_lates(school_url, "100001", 20, clock)
        client.connector.take()
        for _ in range(3):  # a 429 (a late packet) waits for a later round
            await drain(worker)
            clock.current += timedelta(minutes=1)
        sent = client.connector.take()
    to_vc = [card_texts(s).splitlines()[1] for s in sent if s.conversation_id.endswith(VC.aad)]
    assert len(to_vc) == len(set(to_vc)) == 14  # at 3, 6, 9, 10 and each late after the 10th
    assert {status for _, status, _ in await statuses(school_url)} == {"sent"}
