"""Prompts that reach everyone: no chat yet → the app installed through (a fake) Graph."""

from __future__ import annotations

from datetime import timedelta

from bot.settings import Settings
from tests.support import teams
from tests.support.bot import Clock, running_bot
from tests.support.connector import Sent
from tests.support.graph import FakeGraph, chat_id, running_graph
from tests.support.notify import (
    card_texts,
    drain,
    driven_worker,
    notify_settings,
    register_lates,
    statuses,
)
from tests.support.school import MENTOR, VC


def with_graph(school_url: str, graph: FakeGraph) -> Settings:
    return notify_settings(school_url, MicrosoftAppTenantId=teams.TENANT, **graph.settings)


def to_mentor(sent: list[Sent]) -> list[Sent]:
    """What went to the chat of the mentor's new installation."""
    return [s for s in sent if s.conversation_id == chat_id(MENTOR.aad)]


async def test_the_app_is_installed_once_and_the_prompts_arrive_in_its_chat(
    school_url: str, clock: Clock,
) -> None:
    async with running_graph() as graph:
        settings = with_graph(school_url, graph)
        async with running_bot(settings, clock) as client, \
                driven_worker(settings, clock) as worker:
            await client.say(VC, "help")  # the mentor never opened the bot
            await register_lates(school_url, "100001", 6, clock)
            client.connector.take()
            await drain(worker)
            first = to_mentor(client.connector.take())
            await register_lates(school_url, "100001", 3, clock, first=6)
            await drain(worker)
            second = to_mentor(client.connector.take())
    assert graph.installs == [MENTOR.aad] and graph.sign_ins == 1
    assert len(first) == 1 and "6e keer te laat" in card_texts(first[0])
    assert len(second) == 1 and "9e keer te laat" in card_texts(second[0])
    assert client.connector.conversations_created == []
    assert {status for _, status, _ in await statuses(school_url)} == {"sent"}


async def six_lates_announced(school_url: str, clock: Clock, graph: FakeGraph) -> list[Sent]:
    """The mentor never opened the bot; Jan's 6th late arrival is announced: what was sent."""
    settings = with_graph(school_url, graph)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await client.say(VC, "help")
        await register_lates(school_url, "100001", 6, clock)
        client.connector.take()
        await drain(worker)
        return client.connector.take()


async def test_an_app_installed_before_is_fine(school_url: str, clock: Clock) -> None:
    async with running_graph() as graph:
        graph.installed.add(MENTOR.aad)  # installed by a setup policy, never opened
        sent = await six_lates_announced(school_url, clock, graph)
    assert graph.installs == []
    assert len(to_mentor(sent)) == 1


async def test_graph_refusing_makes_the_prompt_undeliverable_and_the_coordinator_hears(
    school_url: str, clock: Clock,
) -> None:
    async with running_graph() as graph:
        graph.refused.add(MENTOR.aad)  # no admin consent, or a user Graph will not serve
        sent = await six_lates_announced(school_url, clock, graph)
    texts = [card_texts(s) for s in sent]
    assert any(t.startswith("Dit bericht kon niet bezorgd worden bij Marieke Jansen")
               for t in texts)
    assert ("m.jansen", "undeliverable") in [row[:2] for row in await statuses(school_url)]
    assert to_mentor(sent) == []


async def test_graph_failing_for_a_moment_is_tried_again(school_url: str, clock: Clock) -> None:
    async with running_graph() as graph:
        graph.failures.append(503)
        sent = await six_lates_announced(school_url, clock, graph)
        assert to_mentor(sent) == []
        assert ("m.jansen", "pending") in [row[:2] for row in await statuses(school_url)]
        clock.current += timedelta(minutes=5)
        settings = with_graph(school_url, graph)
        async with running_bot(settings, clock) as client, \
                driven_worker(settings, clock) as worker:
            await client.say(VC, "help")  # this run's fake Teams is at another address
            await drain(worker)
            assert len(to_mentor(client.connector.take())) == 1
    assert graph.installs == [MENTOR.aad]
