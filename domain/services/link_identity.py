"""A staff member whose Teams account the roster does not know yet, found by e-mail.

Staff are known by their aadObjectId. The e-mail (or UPN) Teams reports is controlled by the
tenant's admin, so it may only link a roster row that has no aadObjectId yet (a new
colleague imported without one), never take over a row that has one; the caller has
already made sure the activity comes from the school's tenant. Each link is audit-logged.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from domain.audit import AuditAction, AuditEvent
from domain.ports import UnitOfWork
from domain.school import Staff


async def link_by_email(addresses: tuple[str, ...], aad_object_id: str, tenant: str,
                        uow: UnitOfWork, now: datetime) -> Staff | None:
    """The roster row of the first address that has no aadObjectId, now linked; else None."""
    async with uow:
        for address in addresses:
            staff = await uow.directory.staff_by_email(address)
            if staff is None or staff.aad_object_id:
                continue
            if not await uow.directory.link_aad(staff.id, aad_object_id):
                continue  # linked by a concurrent turn meanwhile: not ours to take
            await uow.audit.record(AuditEvent(
                at=now, actor_id=staff.id, action=AuditAction.IDENTITY_LINK,
                student_number=None,
                detail={"aad_object_id": aad_object_id, "tenant": tenant}))
            await uow.commit()
            return replace(staff, aad_object_id=aad_object_id)
    return None
