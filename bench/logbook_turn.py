"""The whole `logboek <student>` turn through the running app: p50/p99 at demo size and at
a large school, and their ratio, in one run.

A turn is what a staff member waits for: Teams posts the message to /api/messages, the bot
identifies the sender, finds the student, reads the logbook (access rule, query, audit row),
builds the card, sends it to the (fake, loopback) Bot Connector and saves the conversation
state. The schools are built by bench/logbook_query.py's builder (bulk inserts).

    .venv/bin/python -m bench.logbook_turn                        # 600/1,500 and 30,000/1,000,000
    .venv/bin/python -m bench.logbook_turn --students 3000 --forms 100000 --samples 200
    .venv/bin/python -m bench.logbook_turn --reuse   # the schools bench.logbook_query built

(the options of bench.logbook_query; --samples is the turns measured per size)
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from pathlib import Path

from sqlalchemy import update

from bench.logbook_query import (
    NOW,
    _pct,
    _urls,
    build,
    involved_viewers,
    make_school,
    prepare,
)
from bench.logbook_query import parse as query_bench_arguments
from domain.school import Staff
from storage.database import create_engine
from storage.tables import StaffRow
from tests.support import teams
from tests.support.bot import BotClient, Clock, running_bot, settings_for
from tests.support.school import Person

WARM_UP = 20


def person(member: Staff) -> Person:
    """How Teams shows this staff member: their staff id doubles as their Entra object id."""
    return Person(member.id, member.display_name, member.email, member.id, "")


async def open_school(
    url: str, students: int, forms: int, args: argparse.Namespace
) -> list[tuple[Staff, str]]:
    """The school (built afresh, or an earlier run's with --reuse), every staff member
    given a Teams identity; then the (viewer, student) pairs to ask for, each involved."""
    rng = random.Random(args.seed)
    school = make_school(students, rng)
    engine = create_engine(url) if args.reuse else await prepare(url)
    if not args.reuse:
        started = time.perf_counter()
        await build(engine, school, forms, rng)
        print(f"built {students:,} students / {forms:,} forms in "
              f"{time.perf_counter() - started:.0f} s ({url})")
    async with engine.begin() as connection:
        await connection.execute(update(StaffRow).values(aad_object_id=StaffRow.id))
    await engine.dispose()
    return involved_viewers(school, random.Random(args.seed), WARM_UP + args.samples)


async def one_turn(client: BotClient, viewer: Staff, number: str) -> float:
    activity = teams.message(person(viewer), client.connector.url, f"logboek {number}")
    started = time.perf_counter()
    sent = await client.send(activity)
    elapsed = (time.perf_counter() - started) * 1000
    if not sent or not sent[0].cards:
        raise RuntimeError(f"no logbook card for {number} as {viewer.id}: {sent}")
    return elapsed


async def run_size(
    url: str, students: int, forms: int, args: argparse.Namespace
) -> dict[str, float]:
    turns = await open_school(url, students, forms, args)
    async with running_bot(settings_for(url), Clock(NOW)) as client:
        for viewer, number in turns[:WARM_UP]:
            await one_turn(client, viewer, number)
        times = [await one_turn(client, viewer, number) for viewer, number in turns[WARM_UP:]]
    result = {"turn p50": _pct(times, 50), "turn p99": _pct(times, 99)}
    for name, value in result.items():
        print(f"  {name:10} {value:8.2f} ms")
    return result


async def main(args: argparse.Namespace) -> None:
    [demo_url], [large_url] = _urls(args, "demo"), _urls(args, "large")
    demo = await run_size(demo_url, args.demo_students, args.demo_forms, args)
    large = await run_size(large_url, args.students, args.forms, args)
    print(f"logboek turn, {args.samples} samples per size (SQLite)")
    print(f"  {'':10} {'demo':>10} {'large':>10} {'ratio':>7}")
    for name in demo:
        print(f"  {name:10} {demo[name]:8.2f}ms {large[name]:8.2f}ms "
              f"{large[name] / demo[name]:6.2f}x")


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    """The same sizes and options as bench/logbook_query.py (SQLite only here)."""
    args = query_bench_arguments(argv)
    if args.postgres:
        raise SystemExit("bench.logbook_turn measures on SQLite; --postgres is for "
                         "bench.logbook_query")
    return args


if __name__ == "__main__":
    arguments = parse()
    Path(arguments.dir).mkdir(parents=True, exist_ok=True)
    asyncio.run(main(arguments))
