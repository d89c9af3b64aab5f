"""Load: simulated staff members through the fake Teams channel against `lvsbot serve` in a
separate process, for a fixed time; then checks that nothing went wrong.

Each staff member (a mentor with ten students) loops without pause: 50% `logboek <student>`,
30% the whole add-form dialog (six messages, a unique description), 20% a POST /api/absences
of three registrations. Afterwards: no 5xx, no "er ging iets mis" reply, every dialog started
ended saved, and no description was saved twice (one form per request).

    .venv/bin/python -m bench.load                       # 50 staff, 60 s, SQLite
    .venv/bin/python -m bench.load --users 10 --seconds 10
    .venv/bin/python -m bench.load --database-url postgresql+asyncpg://postgres@127.0.0.1/empty
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import aiohttp
from sqlalchemy import func, select

from bench.load_school import (
    TOKEN,
    Member,
    build_school,
    cpu_seconds,
    free_port,
    members,
    start_server,
    wait_until_healthy,
)
from bench.logbook_query import _pct
from dialogs.texts import say
from storage.database import create_engine
from storage.tables import EntryRow
from tests.support import teams
from tests.support.connector import FakeConnector, Sent, running_connector

FAILED = (say("nl", "SOMETHING_WENT_WRONG"), say("nl", "TRY_LATER"))


@dataclass
class Run:
    bot: str
    connector: FakeConnector
    http: aiohttp.ClientSession
    turns: list[float] = field(default_factory=list)  # ms per message turn
    posts: list[float] = field(default_factory=list)  # ms per absence post
    errors: list[str] = field(default_factory=list)
    started: list[str] = field(default_factory=list)  # descriptions of dialogs begun
    saved: int = 0
    server_cpu: float = 0.0  # CPU seconds the server process used (set at the end)

    def replies(self, conversation: str) -> list[Sent]:
        """What the bot sent to this conversation (the connector is shared by everyone)."""
        mine = [s for s in self.connector.sent if s.conversation_id == conversation]
        self.connector.sent = [s for s in self.connector.sent if s.conversation_id != conversation]
        return mine

    async def say(self, member: Member, text: str) -> list[Sent]:
        activity = teams.message(member.person, self.connector.url, text)
        started = time.perf_counter()
        async with self.http.post(f"{self.bot}/api/messages", json=activity) as response:
            await response.read()
        self.turns.append((time.perf_counter() - started) * 1000)
        replies = self.replies(activity["conversation"]["id"])
        if response.status >= 300 or any(r.text.startswith(FAILED) for r in replies):
            self.errors.append(f"{text!r}: {response.status} {[r.text for r in replies]}")
        return replies


async def logbook(run: Run, member: Member, rng: random.Random) -> None:
    replies = await run.say(member, f"logboek {rng.choice(member.students)}")
    if not any(r.cards for r in replies):
        run.errors.append(f"no logbook card: {[r.text for r in replies]}")


async def add_form(run: Run, member: Member, rng: random.Random) -> None:
    description = f"Load {uuid.uuid4().hex}"
    run.started.append(description)
    steps = [f"nieuw formulier {rng.choice(member.students)}", "2", description,
             "alles standaard", "Een gesprek tijdens de belasting.", "opslaan"]
    replies: list[Sent] = []
    for text in steps:
        replies = await run.say(member, text)
    if any("Opgeslagen" in r.text for r in replies):
        run.saved += 1
    else:
        run.errors.append(f"dialog not saved: {[r.text for r in replies]}")


async def absences(run: Run, member: Member, rng: random.Random) -> None:
    today = date.today()
    items = [{"id": uuid.uuid4().hex, "student_number": rng.choice(member.students),
              "kind": "late", "date": (today - timedelta(days=rng.randint(1, 40))).isoformat(),
              "lesson_hour": rng.randint(1, 8)} for _ in range(3)]
    started = time.perf_counter()
    async with run.http.post(f"{run.bot}/api/absences", json=items,
                             headers={"Authorization": f"Bearer {TOKEN}"}) as response:
        await response.read()
    run.posts.append((time.perf_counter() - started) * 1000)
    if response.status != 200:
        run.errors.append(f"absence post: {response.status}")


async def staff_member(run: Run, member: Member, until: float, seed: int) -> None:
    rng = random.Random(seed)
    while time.monotonic() < until:  # a dialog begun before the end is finished
        action = rng.choices([logbook, add_form, absences], [5, 3, 2])[0]
        await action(run, member, rng)


async def duplicates_and_missing(url: str, started: list[str]) -> tuple[int, int]:
    engine = create_engine(url)
    async with engine.connect() as connection:
        rows = (await connection.execute(
            select(EntryRow.description, func.count()).where(EntryRow.description.like("Load %"))
            .group_by(EntryRow.description))).all()
    await engine.dispose()
    saved = {description: count for description, count in rows}
    return (sum(1 for count in saved.values() if count > 1),
            sum(1 for description in started if description not in saved))


async def main(args: argparse.Namespace) -> int:
    folder = Path(tempfile.mkdtemp(prefix="lvs-load-"))
    url = args.database_url or f"sqlite+aiosqlite:///{folder / 'load.sqlite3'}"
    staff = members(args.users)
    await build_school(url, staff)
    port, log = free_port(), folder / "serve.log"
    server = start_server(url, port, log)
    try:
        await wait_until_healthy(f"http://127.0.0.1:{port}", server, log)
        async with running_connector() as connector, aiohttp.ClientSession() as http:
            run = Run(f"http://127.0.0.1:{port}", connector, http)
            cpu_before = cpu_seconds(server.pid)  # start-up (imports) is not load
            started = time.monotonic()
            await asyncio.gather(*(staff_member(run, m, started + args.seconds, args.seed + i)
                                   for i, m in enumerate(staff)))
            elapsed = time.monotonic() - started
        run.server_cpu = cpu_seconds(server.pid) - cpu_before
    finally:
        server.terminate()
        server.wait(timeout=30)
    duplicates, missing = await duplicates_and_missing(url, run.started)
    return report(run, elapsed, duplicates, missing, args, url)


def report(run: Run, elapsed: float, duplicates: int, missing: int,
           args: argparse.Namespace, url: str) -> int:
    database = url.split("+", 1)[0]
    print(f"load: {args.users} staff, {elapsed:.1f} s, {database}")
    print(f"  message turns   {len(run.turns):7,}  {len(run.turns) / elapsed:7.1f}/s  "
          f"p50 {_pct(run.turns, 50):7.1f} ms  p99 {_pct(run.turns, 99):7.1f} ms")
    print(f"  absence posts   {len(run.posts):7,}  {len(run.posts) / elapsed:7.1f}/s  "
          f"p50 {_pct(run.posts, 50):7.1f} ms  p99 {_pct(run.posts, 99):7.1f} ms")
    print(f"  dialogs started {len(run.started):7,}  saved {run.saved:,}  "
          f"missing in the database {missing}  duplicate forms {duplicates}")
    requests = len(run.turns) + len(run.posts)
    cpu, per_request = run.server_cpu, run.server_cpu * 1000 / max(1, requests)
    print(f"  server CPU      {cpu:7.1f} s  ({cpu / elapsed:.0%} of one core, "
          f"{per_request:.1f} ms per request)")
    print(f"  errors          {len(run.errors):7,}")
    for error in run.errors[:10]:
        print(f"    {error[:300]}")
    failed = run.errors or missing or duplicates or run.saved != len(run.started)
    return 1 if failed else 0


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50, help="simulated staff members")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long they work")
    parser.add_argument("--database-url", default="", help="an empty database (default: a "
                        "fresh SQLite file in a temporary folder)")
    parser.add_argument("--seed", type=int, default=8)
    return parser.parse_args(argv)


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main(parse())))
