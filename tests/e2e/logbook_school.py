"""The test school's logbook: one form of every type for Jan de Vries, each written through
the use case by a staff member who may create it (access rules and audit apply)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.forms import FormType
from domain.logbook import Entry
from domain.services.write_entry import NewEntry, write_entry
from storage.database import create_engine, session_factory
from storage.tables import AuditRow, StaffRow
from storage.uow import SqlUnitOfWork
from tests.support.bot import BotClient, Clock, running_bot, settings_for
from tests.support.jans_forms import JAN, JANS_FORMS, fields_for
from tests.support.school import WRITERS, Person


async def add_writers(engine: AsyncEngine) -> None:
    """Staff in the roles the tiny school lacks (roster set-up, like seed_school)."""
    async with session_factory(engine)() as session:
        session.add_all(StaffRow(id=p.staff_id, display_name=p.name, email=p.email,
                                 aad_object_id=p.aad, location=p.location, roles=p.roles,
                                 classes=p.classes) for p in WRITERS)
        await session.commit()


async def write(engine: AsyncEngine, writer: Person, command: NewEntry, at: datetime) -> Entry:
    sessions = session_factory(engine)
    async with SqlUnitOfWork(sessions) as uow:
        author = await uow.directory.staff_by_id(writer.staff_id)
    assert author is not None
    return await write_entry(command, author, SqlUnitOfWork(sessions), at)


async def write_jans_forms(engine: AsyncEngine, clock: Clock) -> dict[str, FormType]:
    """One form of every type for Jan, a day apart; returns entry id → form type."""
    written: dict[str, FormType] = {}
    start = clock.current - timedelta(days=len(JANS_FORMS))
    for day, (writer, form, description) in enumerate(JANS_FORMS):
        command = NewEntry(JAN, form, description, fields=fields_for(form, f"Tekst {form}"))
        entry = await write(engine, writer, command, start + timedelta(days=day))
        written[entry.id] = form
    return written


async def audit_rows(engine: AsyncEngine, actor: Person, action: str) -> list[AuditRow]:
    async with session_factory(engine)() as session:
        rows = await session.scalars(select(AuditRow).where(
            AuditRow.actor_id == actor.staff_id, AuditRow.action == action).order_by(AuditRow.id))
        return list(rows)


@dataclass
class School:
    client: BotClient
    engine: AsyncEngine
    forms: dict[str, FormType]  # Jan's entry ids


@asynccontextmanager
async def school_with_jans_forms(url: str, clock: Clock) -> AsyncIterator[School]:
    """The running bot on the test school, Jan's ten forms written."""
    engine = create_engine(url)
    await add_writers(engine)
    forms = await write_jans_forms(engine, clock)
    async with running_bot(settings_for(url), clock) as client:
        yield School(client, engine, forms)
    await engine.dispose()
