"""One transaction over the repositories: `async with uow: ...; await uow.commit()`."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.absence_history import SqlAbsenceHistory
from storage.absences import SqlAbsenceStore
from storage.audit import SqlAuditLog
from storage.directory import SqlDirectory
from storage.logbook import SqlLogbookRepository
from storage.outbox import SqlOutbox
from storage.signal_tasks import SqlSignalTasks


class SqlUnitOfWork:
    directory: SqlDirectory
    audit: SqlAuditLog
    entries: SqlLogbookRepository
    absences: SqlAbsenceStore
    outbox: SqlOutbox
    tasks: SqlSignalTasks
    history: SqlAbsenceHistory

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._session: AsyncSession | None = None

    async def __aenter__(self) -> SqlUnitOfWork:
        self._session = session = self._sessions()
        self.directory = SqlDirectory(session)
        self.audit = SqlAuditLog(session)
        self.entries = SqlLogbookRepository(session)
        self.absences = SqlAbsenceStore(session)
        self.outbox = SqlOutbox(session)
        self.tasks = SqlSignalTasks(session)
        self.history = SqlAbsenceHistory(session)
        self.actions = self.tasks  # the logbook header asks it for a student's open actions
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            await self._session.rollback()  # a no-op after commit()
        finally:
            await self._session.close()
            self._session = None

    @property
    def session(self) -> AsyncSession:
        assert self._session is not None, "use the unit of work inside `async with`"
        return self._session

    async def commit(self) -> None:
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()
