"""Who is talking: the Teams user behind an activity, as a staff member of the roster."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsInfo

from domain.ports import UnitOfWork
from domain.school import Staff

log = logging.getLogger(__name__)

CACHE_SECONDS = 60.0  # a roster import is seen within a minute


class Identities:
    """aadObjectId → staff, with a short cache; unknown ids fall back to asking Teams for
    the member's e-mail or UPN. Unknown people are never cached, so a new colleague who
    is imported can start at once."""

    def __init__(self, uow: Callable[[], UnitOfWork]) -> None:
        self._uow = uow
        self._cache: dict[str, tuple[float, Staff]] = {}

    async def identify(self, turn: TurnContext) -> Staff | None:
        sender = turn.activity.from_property
        aad = getattr(sender, "aad_object_id", None) if sender else None
        if aad:
            cached = self._cache.get(aad)
            if cached and time.monotonic() - cached[0] < CACHE_SECONDS:
                return cached[1]
            staff = await self._by_aad(aad)
            if staff is not None:
                self._cache[aad] = (time.monotonic(), staff)
                return staff
        return await self._by_teams_member(turn)

    async def _by_aad(self, aad: str) -> Staff | None:
        async with self._uow() as uow:
            return await uow.directory.staff_by_aad(aad)

    async def _by_teams_member(self, turn: TurnContext) -> Staff | None:
        if turn.activity.channel_id != "msteams" or not turn.activity.from_property:
            return None
        try:
            member = await TeamsInfo.get_member(turn, turn.activity.from_property.id)
        except Exception as error:  # noqa: BLE001 - Teams may refuse; the person stays unknown
            log.info("could not look up the Teams member: %s", type(error).__name__)
            return None
        async with self._uow() as uow:
            for address in (member.email, member.user_principal_name):
                if address:
                    staff = await uow.directory.staff_by_email(address)
                    if staff is not None:
                        return staff
        return None
