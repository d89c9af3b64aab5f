"""Dialog state keeps the format of the release before sdk_fast.state_codec (jsonpickle's JSON): a
bot upgraded mid-dialog continues the dialog, and one rolled back reads what this one wrote."""

from __future__ import annotations

import jsonpickle
from sqlalchemy import select, update

from storage.database import create_engine, session_factory
from storage.tables import BotStateRow
from tests.e2e.logbook_checks import saved_entries
from tests.support.bot import Clock, running_bot, settings_for
from tests.support.school import MENTOR

# Every step of the add-form dialog, the attachment question and a card's values included.
STEPS = ["nieuw formulier", "Jan de Vries", "Docent/mentor/teamleider - informatie",
         "Gesprek", "standaard", "ja", "Tekst", "geen", "standaard"]


def previous_release(document: str) -> str:
    """What the previous release (jsonpickle) reads this document as, written back."""
    return str(jsonpickle.encode(jsonpickle.decode(document), unpicklable=True,
                                 make_refs=False))


async def stored_documents(url: str) -> dict[str, str]:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            rows = await session.execute(select(BotStateRow.key, BotStateRow.document))
            return {key: document for key, document in rows}
    finally:
        await engine.dispose()


async def store(url: str, documents: dict[str, str]) -> None:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            for key, document in documents.items():
                await session.execute(update(BotStateRow).where(BotStateRow.key == key)
                                      .values(document=document))
            await session.commit()
    finally:
        await engine.dispose()


async def test_every_step_is_stored_as_the_previous_release_writes_it(
    school_url: str, clock: Clock,
) -> None:
    async with running_bot(settings_for(school_url), clock) as client:
        for text in STEPS:
            await client.say(MENTOR, text)
            for document in (await stored_documents(school_url)).values():
                assert "DialogInstance" in document
                assert previous_release(document) == document


async def test_a_dialog_the_previous_release_stored_continues_after_the_upgrade(
    school_url: str, clock: Clock,
) -> None:
    settings = settings_for(school_url)
    async with running_bot(settings, clock) as client:
        for text in STEPS[:5]:
            await client.say(MENTOR, text)
    documents = await stored_documents(school_url)
    await store(school_url, {key: previous_release(doc) for key, doc in documents.items()})
    async with running_bot(settings, clock) as client:
        for text in STEPS[5:]:
            await client.say(MENTOR, text)
        [saved] = await client.say(MENTOR, "opslaan")
    assert "Opgeslagen" in saved
    [entry] = await saved_entries(school_url)
    assert entry.description == "Gesprek" and entry.urgent
