"""`lvsbot audit --student N | --staff ID`: who read, wrote or exported what, and when.

Read-only: the application offers no way to change or delete audit rows.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from bot.database import open_engine
from bot.settings import Settings
from domain.audit import AuditEvent
from storage.audit import AuditQueries
from storage.database import session_factory


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("audit", help="the audit log of a student or staff member")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--student", help="a student number")
    who.add_argument("--staff", help="a staff id (or system:<job> for the bot's own work)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--limit", type=int, default=1000)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    events = asyncio.run(_query(Settings.from_env(), args))
    for event in events:
        print(_as_json(event) if args.json else _as_line(event))
    if not events:
        print("no audit entries", file=sys.stderr)
    return 0


async def _query(settings: Settings, args: argparse.Namespace) -> list[AuditEvent]:
    engine = open_engine(settings)
    try:
        async with session_factory(engine)() as session:
            queries = AuditQueries(session)
            if args.student:
                return await queries.about_student(args.student, args.limit)
            return await queries.by_actor(args.staff, args.limit)
    finally:
        await engine.dispose()


def _as_line(event: AuditEvent) -> str:
    detail = json.dumps(dict(event.detail), ensure_ascii=False, sort_keys=True)
    return (f"{event.at.isoformat(timespec='seconds')}  {event.actor_id:<20} "
            f"{event.action.value:<16} {event.student_number or '-':<10} {detail}")


def _as_json(event: AuditEvent) -> str:
    return json.dumps({"at": event.at.isoformat(), "actor": event.actor_id,
                       "action": event.action.value, "student": event.student_number,
                       "detail": dict(event.detail)}, ensure_ascii=False)
