"""The database goes away during use: a polite answer, no crash, and it recovers by itself."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from storage.database import create_engine
from tests.support.bot import running_bot, settings_for
from tests.support.school import MENTOR
from tests.support.seed_school import seed_school
from tests.support.tcp_proxy import proxy_to


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
            assert await client.say(MENTOR, "help") == [
                "Het leerlingvolgsysteem is even niet bereikbaar. Probeer het later nog eens."]
            async with client.http.get(f"{client.url}/healthz") as response:
                assert response.status == 503
            await proxy.restore()
            assert "Dit kun je mij vragen" in (await client.say(MENTOR, "help"))[0]
