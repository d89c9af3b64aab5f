"""The database goes away during use: a polite answer, no crash, and it recovers by itself."""

from __future__ import annotations

import sqlite3

from sqlalchemy.engine import make_url

from storage.database import create_engine
from tests.e2e.logbook_checks import saved_entries
from tests.e2e.test_add_form import INFO_TO_SUMMARY
from tests.support.bot import running_bot, settings_for
from tests.support.school import MENTOR
from tests.support.seed_school import seed_school
from tests.support.tcp_proxy import proxy_to

TRY_LATER = "Het leerlingvolgsysteem is even niet bereikbaar. Probeer het later nog eens."


async def test_a_database_outage_gets_try_later_and_the_bot_recovers(
    postgres_database: str,
) -> None:
    engine = create_engine(postgres_database)
    await seed_school(engine)
    await engine.dispose()
    target = make_url(postgres_database)
    async with proxy_to(target.host or "127.0.0.1", target.port or 5432) as proxy:
        through_proxy = target.set(host="127.0.0.1", port=proxy.port)
        settings = settings_for(through_proxy.render_as_string(hide_password=False))
        async with running_bot(settings) as client:
            assert "Dit kun je mij vragen" in (await client.say(MENTOR, "help"))[0]
            await proxy.cut()
            assert await client.say(MENTOR, "help") == [TRY_LATER]
            async with client.http.get(f"{client.url}/healthz") as response:
                assert response.status == 503
            await proxy.restore()
            assert "Dit kun je mij vragen" in (await client.say(MENTOR, "help"))[0]


async def test_a_database_locked_by_another_program_gets_try_later_and_keeps_the_draft(
    school_url: str,
) -> None:
    """Another program (an import, a backup) holds SQLite's write lock longer than the bot
    waits (`?timeout=` shortens the 30 s for the test): like an outage, not a broken turn."""
    settings = settings_for(f"{school_url}?timeout=0.3")
    path = make_url(school_url).database
    async with running_bot(settings) as client:
        for text in INFO_TO_SUMMARY:
            await client.say(MENTOR, text)
        other_program = sqlite3.connect(str(path), isolation_level=None)
        other_program.execute("BEGIN IMMEDIATE")
        try:
            assert await client.say(MENTOR, "opslaan") == [TRY_LATER]
        finally:
            other_program.execute("ROLLBACK")
            other_program.close()
        [saved] = await client.say(MENTOR, "opslaan")
        assert "Opgeslagen" in saved
    assert len(await saved_entries(school_url)) == 1
