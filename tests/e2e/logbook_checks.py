"""What the tests read back from the database after a dialog: the student's entries."""

from __future__ import annotations

from domain.logbook import Entry, EntryQuery, Revision
from storage.database import create_engine, session_factory
from storage.uow import SqlUnitOfWork


async def saved_entries(url: str, student_number: str = "100001") -> list[Entry]:
    engine = create_engine(url)
    try:
        async with SqlUnitOfWork(session_factory(engine)) as uow:
            return await uow.entries.for_student(student_number,
                                                 EntryQuery(with_attachments=True))
    finally:
        await engine.dispose()


async def saved_revisions(url: str, entry_id: str) -> list[Revision]:
    engine = create_engine(url)
    try:
        async with SqlUnitOfWork(session_factory(engine)) as uow:
            return await uow.entries.revisions([entry_id])
    finally:
        await engine.dispose()
