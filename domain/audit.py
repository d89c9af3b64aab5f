"""The audit trail: who read, wrote or exported which student's file, and when."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class AuditAction(StrEnum):
    READ = "read"
    WRITE = "write"
    EDIT = "edit"
    EXPORT = "export"
    SEARCH = "search"
    SIGNAL = "signal"
    RETENTION_DELETE = "retention_delete"
    IDENTITY_LINK = "identity_link"  # a roster row got its aadObjectId by e-mail


@dataclass(frozen=True)
class AuditEvent:
    at: datetime
    actor_id: str  # a staff id, or "system:<job>" for the bot's own work
    action: AuditAction
    student_number: str | None
    detail: Mapping[str, object] = field(default_factory=dict)
