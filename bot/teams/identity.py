"""Who is talking: the Teams user behind an activity, as a staff member of the roster.

Staff are known by their aadObjectId, within the school's tenant (the handler refuses
every other tenant first). An unknown aadObjectId may link a roster row that has none yet
through the e-mail or UPN Teams reports for the member (domain/services/link_identity.py:
never a row that already has an aadObjectId, and audit-logged).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsInfo

from domain.ports import UnitOfWork
from domain.school import Staff
from domain.services.link_identity import link_by_email

log = logging.getLogger(__name__)

CACHE_SECONDS = 60.0  # a roster import is seen within a minute


class Identities:
    """aadObjectId → staff, with a short cache. Unknown people are never cached, so a new
    colleague who is imported can start at once."""

    def __init__(self, uow: Callable[[], UnitOfWork], now: Callable[[], datetime]) -> None:
        self._uow = uow
        self._now = now
        self._cache: dict[str, tuple[float, Staff]] = {}

    async def identify(self, turn: TurnContext) -> Staff | None:
        sender = turn.activity.from_property
        aad = getattr(sender, "aad_object_id", None) if sender else None
        if not aad:
            return None  # Teams always names the account; without it nobody is known
        cached = self._cache.get(aad)
        if cached and time.monotonic() - cached[0] < CACHE_SECONDS:
            return cached[1]
        staff = await self._by_aad(aad) or await self._link_by_teams_member(turn, aad)
        if staff is not None:
            self._cache[aad] = (time.monotonic(), staff)
        return staff

    async def _by_aad(self, aad: str) -> Staff | None:
        async with self._uow() as uow:
            return await uow.directory.staff_by_aad(aad)

    async def _link_by_teams_member(self, turn: TurnContext, aad: str) -> Staff | None:
        if turn.activity.channel_id != "msteams" or not turn.activity.from_property:
            return None
        try:
            member = await TeamsInfo.get_member(turn, turn.activity.from_property.id)
        except Exception as error:  # noqa: BLE001 - Teams may refuse; the person stays unknown
            log.info("could not look up the Teams member: %s", type(error).__name__)
            return None
        if getattr(member, "aad_object_id", None) not in (None, aad):
            return None  # Teams describes another account than the activity names
        addresses = tuple(a for a in (member.email, member.user_principal_name) if a)
        staff = await link_by_email(addresses, aad, tenant_of(turn) or "", self._uow(),
                                    self._now())
        if staff is not None:
            log.warning("linked staff %s to a new aadObjectId by e-mail", staff.id)
        return staff


def tenant_of(turn_context: TurnContext) -> str | None:
    """The Python SDK drops conversation.tenantId: Teams puts it in channelData.tenant.id."""
    data = turn_context.activity.channel_data
    if isinstance(data, dict):
        tenant = data.get("tenant")
        if isinstance(tenant, dict):
            return tenant.get("id")
    return None
