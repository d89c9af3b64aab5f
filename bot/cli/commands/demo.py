"""`lvsbot demo`: load the fictional demo school (storage/demo/accounts.py lists its fixed
accounts) into an empty database, with this school year's absence registrations up to
today (storage/demo/absences.py): the demo mentor and verzuimcoördinator have open protocol
actions, and their prompts wait in the outbox to be sent as soon as the bot runs.

--if-empty     load only when there are no students yet (what `make run` does); else say so
--students N   school size, Jan de Vries included (default 600)
--forms N      logbook forms to generate (default: 2.5 per student)
--seed N       same seed, same school
--list-accounts  print the fixed demo accounts and stop
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.database import open_engine
from bot.settings import Settings
from storage.demo.absences import absence_registrations, load_absences
from storage.demo.accounts import account_lines
from storage.demo.load import DemoSummary, SchoolNotEmpty, load_demo, student_count
from storage.demo.logbook import generate_entries
from storage.demo.school import build_school

FORMS_PER_STUDENT = 2.5


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help="load the fictional demo school")
    parser.add_argument("--if-empty", action="store_true",
                        help="only when the database has no students (else do nothing)")
    parser.add_argument("--students", type=_at_least(1), default=600, help="number of students")
    parser.add_argument("--forms", type=_at_least(0), help="logbook forms (default 2.5/student)")
    parser.add_argument("--seed", type=int, default=2024, help="random seed")
    parser.add_argument("--list-accounts", action="store_true",
                        help="print the fixed demo accounts (e-mail, aad id, roles)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.list_accounts:
        print("\n".join(account_lines()))
        return 0
    settings = Settings.from_env()
    now = datetime.now(settings.zone)
    forms = args.forms if args.forms is not None else round(args.students * FORMS_PER_STUDENT)
    started = time.perf_counter()
    try:
        summary, absences = asyncio.run(_load(settings, args, forms, now))
    except SchoolNotEmpty as error:
        if args.if_empty:
            print(f"demo school not loaded: {error}")
            return 0
        print(f"lvsbot demo: {error}; the demo only loads into an empty database",
              file=sys.stderr)
        return 1
    print(f"demo school loaded: {summary.staff} staff, {summary.students} students, "
          f"{summary.entries} logbook forms, {absences.registrations} absence registrations "
          f"({absences.signals} signals, {absences.prompts} prompts to send) "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


@dataclass(frozen=True)
class AbsenceSummary:
    registrations: int
    signals: int
    prompts: int


async def _load(settings: Settings, args: argparse.Namespace, forms: int,
                now: datetime) -> tuple[DemoSummary, AbsenceSummary]:
    engine = open_engine(settings)
    today, protocol = now.date(), settings.protocol()
    try:
        if args.if_empty and await student_count(engine):
            raise SchoolNotEmpty("the database already has students")
        school = build_school(args.students, args.seed, today)
        entries = generate_entries(school, forms, args.seed, today)
        summary = await load_demo(engine, school, entries, today)
        items = absence_registrations(school.students, args.seed, today, protocol.calendar)
        signals, prompts = await load_absences(engine, items, protocol, now)
        return summary, AbsenceSummary(len(items), signals, prompts)
    finally:
        await engine.dispose()


def _at_least(minimum: int) -> Callable[[str], int]:
    def number(text: str) -> int:
        if not text.isdigit() or int(text) < minimum:
            raise argparse.ArgumentTypeError(f"{text!r}: give a whole number >= {minimum}")
        return int(text)

    return number
