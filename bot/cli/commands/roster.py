"""`lvsbot import-roster --staff staff.csv --students students.csv`: load the school's roster.

Either file may be given alone. The whole import is one transaction: a bad row anywhere
imports nothing, and the message names the file, row and column.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import IntegrityError

from bot.database import open_engine
from bot.settings import Settings
from domain.roster import RosterError, RosterFile, read_staff, read_students
from domain.school import Staff, Student
from storage.roster_import import ImportSummary, import_roster_files

T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("import-roster", help="import staff.csv and/or students.csv")
    parser.add_argument("--staff", type=Path, help="staff.csv")
    parser.add_argument("--students", type=Path, help="students.csv")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.staff is None and args.students is None:
        print("lvsbot import-roster: give --staff and/or --students", file=sys.stderr)
        return 2
    settings = Settings.from_env()
    try:
        staff = _read(args.staff, read_staff)
        students = _read(args.students, read_students)
        summary = asyncio.run(_import(settings, staff, students,
                                      datetime.now(settings.zone).date()))
    except (RosterError, OSError) as error:
        print(f"lvsbot import-roster: nothing imported: {error}", file=sys.stderr)
        return 1
    except IntegrityError as error:
        print(f"lvsbot import-roster: nothing imported, the database refused it: {error.orig}",
              file=sys.stderr)
        return 1
    print("\n".join(summary.lines()))
    return 0


def _read(path: Path | None, reader: Callable[[str, str], RosterFile[T]]) -> RosterFile[T] | None:
    if path is None:
        return None
    return reader(path.name, path.read_text(encoding="utf-8-sig"))


async def _import(
    settings: Settings,
    staff: RosterFile[Staff] | None,
    students: RosterFile[Student] | None,
    today: date,
) -> ImportSummary:
    engine = open_engine(settings)
    try:
        return await import_roster_files(engine, staff, students, today)
    finally:
        await engine.dispose()
