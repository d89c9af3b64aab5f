"""`lvsbot export --student N --as staff@school --out dossier.html`: the same export as
`export <student>` in chat, for a request of inspection and copy handled off-line.

Access is checked as that staff member (teamleider, MT, zorgondersteuning) and the export
is audit-logged under their name, exactly as in chat.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import datetime
from pathlib import Path

from bot.database import open_engine
from bot.settings import Settings
from dialogs.export.export_recipients import recipients_text
from dialogs.texts import NL, say_refused
from domain.errors import Refused
from domain.services.export_file import ExportDocument, export_file
from storage.database import session_factory
from storage.uow import SqlUnitOfWork


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("export", help="a student's whole file as an HTML document")
    parser.add_argument("--student", required=True, help="the student number")
    parser.add_argument("--as", dest="staff_email", required=True,
                        help="e-mail address of the staff member who asks for it")
    parser.add_argument("--out", required=True, type=Path, help="the HTML file to write")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    try:
        document = asyncio.run(export(settings, args.student, args.staff_email))
    except Refused as refusal:
        print(f"lvsbot export: {say_refused(NL, refusal)}", file=sys.stderr)
        return 1
    args.out.write_text(document.html, encoding="utf-8")
    print(f"{args.out}: {document.entry_count} forms")
    print(recipients_text(document.recipients, NL))
    return 0


async def export(settings: Settings, student_number: str, staff_email: str) -> ExportDocument:
    engine = open_engine(settings)
    try:
        sessions = session_factory(engine)
        async with SqlUnitOfWork(sessions) as uow:
            staff = await uow.directory.staff_by_email(staff_email.strip().lower())
        if staff is None:
            raise Refused("NO_STAFF_WITH_EMAIL", email=staff_email)
        document = await export_file(staff, student_number, SqlUnitOfWork(sessions),
                                     datetime.now(settings.zone))
    finally:
        await engine.dispose()
    if document is None:
        raise Refused("NOT_FOUND")
    return document
