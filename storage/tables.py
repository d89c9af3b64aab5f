"""The database schema. Alembic migrations in storage/migrations build it; never create_all."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BigInteger ids autoincrement on SQLite only as INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer, "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON}


class Location(Base):
    __tablename__ = "locations"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class StaffRow(Base):
    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), index=True)
    aad_object_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    location: Mapped[str] = mapped_column(ForeignKey("locations.code"))
    roles: Mapped[str] = mapped_column(String(400))  # ';'-joined role codes
    classes: Mapped[str] = mapped_column(Text, default="")  # ';'-joined class names
    left_on: Mapped[date | None] = mapped_column(Date)


class StudentRow(Base):
    __tablename__ = "students"
    number: Mapped[str] = mapped_column(String(32), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    class_name: Mapped[str] = mapped_column(String(32))
    location: Mapped[str] = mapped_column(ForeignKey("locations.code"))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    expected_end_date: Mapped[date | None] = mapped_column(Date)
    heightened_protocol: Mapped[bool] = mapped_column(Boolean, default=False)
    export_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    left_on: Mapped[date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(String(300))  # folded name, class and number
    __table_args__ = (Index("ix_students_location_class", "location", "class_name"),)


class MentorRow(Base):
    __tablename__ = "mentors"
    student_number: Mapped[str] = mapped_column(
        ForeignKey("students.number", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), primary_key=True, index=True)


class ConversationRefRow(Base):
    __tablename__ = "conversation_refs"
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    reference: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BotStateRow(Base):
    """Dialog and user state: one JSON document per key, guarded by an eTag."""

    __tablename__ = "bot_state"
    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    etag: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EntryRow(Base):
    __tablename__ = "logbook_entries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    student_number: Mapped[str] = mapped_column(ForeignKey("students.number"))
    form_type: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200))
    author_id: Mapped[str] = mapped_column(String(64))
    author_role: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_on: Mapped[date] = mapped_column(Date)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    access: Mapped[str] = mapped_column(String(400))  # ';'-joined role codes
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("logbook_entries.id"))
    school_year: Mapped[int] = mapped_column(Integer)  # start year of the school year written in
    # The id of the request that wrote it: a retried save finds its own entry.
    request_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    __table_args__ = (
        Index("ix_logbook_student_created", "student_number", "created_at"),
        Index("ix_logbook_parent", "parent_id"),
    )


class RevisionRow(Base):
    __tablename__ = "entry_revisions"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    entry_id: Mapped[str] = mapped_column(
        ForeignKey("logbook_entries.id", ondelete="CASCADE"), index=True
    )
    revised_by: Mapped[str] = mapped_column(String(64))
    revised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)


class AttachmentRow(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    entry_id: Mapped[str] = mapped_column(
        ForeignKey("logbook_entries.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(BigInteger)
    url: Mapped[str | None] = mapped_column(Text)
    content: Mapped[bytes | None] = mapped_column(LargeBinary)


class AuditRow(Base):
    """Append-only: the application never updates or deletes these rows."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor_id: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(32))
    student_number: Mapped[str | None] = mapped_column(String(32), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)


class SeenActivityRow(Base):
    """An inbound activity already processed: Teams resends what was not answered in time."""

    __tablename__ = "seen_activities"
    conversation_id: Mapped[str] = mapped_column(String(400), primary_key=True)
    activity_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class PictureLinkRow(Base):
    """A picture served at an expiring link (domain/picture_links.py): the token's digest, the
    PNG and when it stops being served. No student, no name, no number."""

    __tablename__ = "picture_links"
    token_digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class OutboxRow(Base):
    """One proactive message: written first, then claimed (leased) by a worker, then sent."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # signal, digest, reminder, notice
    # The same message to the same person is enqueued once (e.g. "signal:<id>:<staff>").
    dedupe_key: Mapped[str] = mapped_column(String(300), unique=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)  # what the card shows
    status: Mapped[str] = mapped_column(String(16))  # pending, claimed, merged, sent, ...
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    digest_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"), index=True)
    # Where the card landed, so a click can update it in place.
    conversation_id: Mapped[str | None] = mapped_column(String(400))
    activity_id: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)


class SignalFanoutRow(Base):
    """A signal whose prompts are in the outbox: each signal is fanned out once."""

    __tablename__ = "signal_fanout"
    signal_id: Mapped[str] = mapped_column(
        ForeignKey("absence_signals.id", ondelete="CASCADE"), primary_key=True
    )
    fanned_out_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    recipients: Mapped[int] = mapped_column(Integer)  # how many staff members it reached


class AbsenceEventRow(Base):
    """Registrations as received. No foreign key to students: absence data outlives the file."""

    __tablename__ = "absence_events"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(String(200), unique=True)
    student_number: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(24))
    day: Mapped[date] = mapped_column("date", Date)
    lesson_hour: Mapped[int | None] = mapped_column(Integer)
    hours: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)
    whole_day: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    __table_args__ = (Index("ix_absence_events_student_date", "student_number", "date"),)


class AbsenceStateRow(Base):
    """The engine's counters per student per school year; `version` guards concurrent updates."""

    __tablename__ = "absence_states"
    student_number: Mapped[str] = mapped_column(String(32), primary_key=True)
    school_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Start of a sick report with no `recovered` yet: the daily run reads only these rows.
    open_sick: Mapped[date | None] = mapped_column(Date, index=True)


class AbsenceSignalRow(Base):
    __tablename__ = "absence_signals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    student_number: Mapped[str] = mapped_column(String(32))
    rule: Mapped[str] = mapped_column(String(32))
    threshold: Mapped[int] = mapped_column(Integer)
    school_year: Mapped[int] = mapped_column(Integer)
    window_key: Mapped[str] = mapped_column(String(80))
    recipients: Mapped[str] = mapped_column(String(400))  # ';'-joined role codes
    fired_on: Mapped[date] = mapped_column(Date)
    trigger_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    __table_args__ = (
        UniqueConstraint("student_number", "rule", "threshold", "school_year", "window_key",
                         name="uq_absence_signals_once"),
    )


class AbsenceTaskRow(Base):
    __tablename__ = "absence_tasks"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    signal_id: Mapped[str] = mapped_column(
        ForeignKey("absence_signals.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str | None] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    if_concerns: Mapped[bool] = mapped_column(Boolean)
    requires: Mapped[str | None] = mapped_column(String(40))  # key of a task done first
    status: Mapped[str] = mapped_column(String(8))
    done_by: Mapped[str | None] = mapped_column(String(64))
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


__all__ = ["Base", "UniqueConstraint"]
