"""Student text never reaches the log: a failed INSERT is logged as its type, the request id
and ids, without the statement's parameters (on both databases)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.database import create_engine
from tests.support.bot import BotClient, running_bot, settings_for
from tests.support.school import MENTOR
from tests.support.seed_school import seed_school

DESCRIPTION = "Vertrouwelijk-gesprek-over-thuis"
BODY = "Moeder belde over de scheiding"
FILLED = {"form": "informatie", "description": DESCRIPTION, "expiry": "2028-07-31",
          "urgent": "false", "body": BODY, "text": ""}

_REFUSE = {
    "sqlite": ["CREATE TRIGGER refuse_entries BEFORE INSERT ON logbook_entries "
               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"],
    "postgresql": ["CREATE FUNCTION refuse_entries() RETURNS trigger AS $$ BEGIN "
                   "RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql",
                   "CREATE TRIGGER refuse_entries BEFORE INSERT ON logbook_entries "
                   "FOR EACH ROW EXECUTE FUNCTION refuse_entries()"],
}
_ALLOW = {"sqlite": ["DROP TRIGGER refuse_entries"],
          "postgresql": ["DROP TRIGGER refuse_entries ON logbook_entries",
                         "DROP FUNCTION refuse_entries()"]}


async def _run(engine: AsyncEngine, statements: list[str]) -> None:
    async with engine.begin() as connection:
        for statement in statements:
            await connection.execute(text(statement))


@pytest.fixture
async def refusing_school(database_url: str) -> AsyncIterator[str]:
    """The demo school whose logbook refuses every new form."""
    engine = create_engine(database_url)
    await seed_school(engine)
    await _run(engine, _REFUSE[engine.dialect.name])
    try:
        yield database_url
    finally:
        await _run(engine, _ALLOW[engine.dialect.name])
        await engine.dispose()


async def test_a_failed_insert_logs_no_student_text(
    refusing_school: str, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    async with running_bot(settings_for(refusing_school)) as client:
        await client.say(MENTOR, "snel formulier Jan de Vries")
        caplog.clear()
        replies = await submit(client)
    assert replies, "the user is told something went wrong"
    assert caplog.records, "the failure is logged"
    for secret in (DESCRIPTION, BODY, "Jan", "de Vries"):
        assert secret not in caplog.text
        assert all(secret not in record.getMessage() for record in caplog.records)
    [failed] = [r.getMessage() for r in caplog.records if "a turn failed" in r.getMessage()]
    assert "Error at storage/logbook.py:" in failed and "(activity act-" in failed


async def submit(client: BotClient) -> list[str]:
    return [sent.text for sent in await client.submit(MENTOR, FILLED)]
