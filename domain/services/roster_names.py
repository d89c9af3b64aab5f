"""The roster's name index for a running bot: built on first use, rebuilt in the background
when older than `refresh_after` seconds, so a roster import reaches the search within that
time without any message waiting for a rebuild (only the very first one does).

Staleness never widens what anyone sees: find_students reads every student it shows again
from the roster and checks involvement on that fresh copy.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from domain.ports import UnitOfWork
from domain.student_names import StudentNames

log = logging.getLogger(__name__)

# A roster import reaches the name search within this time (the import is nightly or by
# hand; a rebuild at 30,000 students costs a fraction of a second of one core).
ROSTER_REFRESH_SECONDS = 600.0


class RosterNames:
    def __init__(self, uow: Callable[[], UnitOfWork], clock: Callable[[], float],
                 refresh_after: float) -> None:
        self._uow, self._clock, self._refresh_after = uow, clock, refresh_after
        self._names: StudentNames | None = None
        self._built_at = 0.0
        self._rebuilding: asyncio.Task[None] | None = None

    async def current(self) -> StudentNames:
        if self._names is None:  # the first messages all wait for one and the same build
            if self._rebuilding is None:
                self._rebuilding = asyncio.create_task(self._rebuild())
                self._rebuilding.add_done_callback(self._rebuilt)
            await asyncio.shield(self._rebuilding)
        elif self._clock() - self._built_at > self._refresh_after and self._rebuilding is None:
            self._rebuilding = asyncio.create_task(self._rebuild())
            self._rebuilding.add_done_callback(self._rebuilt)
        assert self._names is not None
        return self._names

    async def _rebuild(self) -> None:
        started = self._clock()
        async with self._uow() as uow:
            students = await uow.directory.current_students()
        # Building takes a second of CPU at 30,000 students: off the event loop's thread,
        # so turns keep flowing meanwhile (the old index answers until the new one is in).
        self._names = await asyncio.to_thread(StudentNames, students)
        self._built_at = started
        log.info("name index: %d students in %.0f ms", self._names.size,
                 (self._clock() - started) * 1000)

    def _rebuilt(self, task: asyncio.Task[None]) -> None:
        self._rebuilding = None
        if not task.cancelled() and task.exception() is not None:
            log.error("name index rebuild failed", exc_info=task.exception())
