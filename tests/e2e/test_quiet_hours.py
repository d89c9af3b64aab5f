"""Time in delivery: quiet hours hold prompts for one morning digest; overdue actions are
reminded once, then noticed."""

from __future__ import annotations

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
