"""Turn benchmark: turns per second and p50/p99 latency of a whole turn (POST /api/messages
until its answer, the reply to the fake connector included), at concurrency 1 and 16, for

  * the stock Bot Framework echo bot (bench/_echo_bot.py) - the yardstick,
  * a bare aiohttp handler that posts one reply - the floor,
  * lvsbot (create_app on the demo school) for `help`, a text it does not understand,
    one step of the add-form dialog and `logboek <student>` (the last two when this build
    has those commands),

each server in its own process on loopback, with a fast fake connector in another, so the
load generator (this process) does not share the bot's event loop. Bounded in turns and time.
Results are printed as a Markdown table and written to var/bench/turns.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import platform
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bench._load import Result, reply_to, run_load
from bench._processes import OUT, cpu_model, server
from bench._school import Speaker, prepare_school
from dialogs.texts import say
from tests.support import teams

CONCURRENCY = (1, 16)
TURNS = {1: 300, 16: 1200}  # per measurement, and at most SECONDS each
SECONDS = 20.0
WARM_UP = 40
ROUNDS = 3  # each measurement in slices, interleaved with the others


@dataclass(frozen=True)
class Scenario:
    name: str
    texts: tuple[str, ...]  # sent in a cycle by each worker; "{mentee}" is filled in
    needs: str | None = None  # a command this build may lack: the row is skipped then


SCENARIOS = (
    Scenario("help", ("help",)),
    Scenario("unknown text (hint)", ("wat is het weer",)),
    Scenario("add-form step (nieuw formulier / annuleer)", ("nieuw formulier", "annuleer"),
             needs="nieuw formulier"),
    Scenario("logboek <student>", ("logboek {mentee}",), needs="logboek"),
)


@dataclass(frozen=True)
class Case:
    target: str
    scenario: Scenario
    concurrency: int


@dataclass(frozen=True)
class Row:
    case: Case
    result: Result


def main() -> int:
    return asyncio.run(_main())


async def _main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for leftover in OUT.glob("turns.sqlite3*"):
        leftover.unlink()
    url = f"sqlite+aiosqlite:///{OUT / 'turns.sqlite3'}"
    speakers = await prepare_school(url, max(CONCURRENCY))
    load_before = os.getloadavg()[0]
    with contextlib.ExitStack() as servers:
        connector_port, _ = servers.enter_context(server("connector"))
        connector = f"http://127.0.0.1:{connector_port}/"
        running = {target: servers.enter_context(server(target, *args))
                   for target, args in (*BASELINES, ("lvsbot", (url,)))}
        cases = await _cases(running["lvsbot"][0], connector, speakers)
        rows = await _measure_all(cases, running, connector, speakers)
    report = _report(rows, (load_before, os.getloadavg()[0]))
    print(report)
    (OUT / "turns.md").write_text(report, encoding="utf-8")
    return 1 if any(row.result.errors for row in rows) else 0


BASELINES: tuple[tuple[str, tuple[str, ...]], ...] = (("echo bot", ()), ("bare handler", ()))


async def _cases(port: int, connector: str, speakers: list[Speaker]) -> list[Case]:
    cases = [Case(target, SCENARIOS[0], c) for target, _ in BASELINES for c in CONCURRENCY]
    for scenario in SCENARIOS:
        if scenario.needs and not await _knows(port, connector, speakers[0], scenario):
            print(f"  (skipped {scenario.name}: this build answers it with the hint)")
            continue
        cases += [Case("lvsbot", scenario, c) for c in CONCURRENCY]
    return cases


async def _knows(port: int, connector: str, speaker: Speaker, scenario: Scenario) -> bool:
    """Does this build have the command? Try one cycle of it: an unknown command gets the
    hint (and a command that needs no closing step is closed by the next texts)."""
    hint = say("nl", "HINT")
    replies = [await reply_to(f"http://127.0.0.1:{port}", connector, teams.message(
        speaker.person, connector, text.format(mentee=speaker.mentee)))
        for text in scenario.texts]
    return hint not in replies[0]


async def _measure_all(cases: list[Case], servers: dict[str, tuple[int, int]],
                       connector: str, speakers: list[Speaker]) -> list[Row]:
    """All servers run side by side (idle ones cost nothing); every case is measured in
    ROUNDS slices, interleaved, so a busy moment on the machine hits all targets alike."""
    slices: dict[Case, list[Result]] = {case: [] for case in cases}
    for round_number in range(ROUNDS):
        for case in cases:
            port, pid = servers[case.target]
            load = _load_for(case, port, pid, connector, speakers)
            if round_number == 0:
                await load(WARM_UP)
            slices[case].append(await load(TURNS[case.concurrency] // ROUNDS))
    rows = [Row(case, Result.combined(results)) for case, results in slices.items()]
    for row in rows:
        r = row.result
        print(f"  {row.case.target:12} {row.case.scenario.name:44} c={row.case.concurrency:<2} "
              f"{r.per_second:7.1f} turns/s  p50 {r.percentile(0.5):6.1f} ms  "
              f"p99 {r.percentile(0.99):6.1f} ms  cpu {r.cpu_ms_per_turn:5.1f} ms/turn  "
              f"errors {r.errors}", flush=True)
    return rows


def _load_for(case: Case, port: int, pid: int, connector: str,
              speakers: list[Speaker]) -> Callable[[int], Awaitable[Result]]:
    def activity(worker: int, text: str) -> dict[str, Any]:
        speaker = speakers[worker % len(speakers)]
        return teams.message(speaker.person, connector, text.format(mentee=speaker.mentee))

    async def load(turns: int) -> Result:
        return await run_load(f"http://127.0.0.1:{port}", connector, activity,
                              case.scenario.texts, concurrency=case.concurrency, turns=turns,
                              seconds=SECONDS / ROUNDS, pid=pid)

    return load


def _report(rows: list[Row], load: tuple[float, float]) -> str:
    echo = {r.case.concurrency: r.result for r in rows if r.case.target == "echo bot"}
    bare = {r.case.concurrency: r.result for r in rows if r.case.target == "bare handler"}
    lines = [
        f"Machine: {os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()}; "
        f"load average {load[0]:.1f} before, {load[1]:.1f} after (other work on the machine "
        "skews turns/s and latency; CPU ms/turn, measured on the server process, much less)",
        "",
        "| target | turn | conc. | turns | turns/s | p50 ms | p99 ms | CPU ms/turn "
        "| turns/s × echo | turns/s × bare | p99 < echo p99 | CPU ÷ echo CPU |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|:-:|--:|",
    ]
    for row in rows:
        r, e, b = row.result, echo[row.case.concurrency], bare[row.case.concurrency]
        lines.append(
            f"| {row.case.target} | {row.case.scenario.name} | {row.case.concurrency} "
            f"| {r.turns} | {r.per_second:.0f} | {r.percentile(0.5):.1f} "
            f"| {r.percentile(0.99):.1f} | {r.cpu_ms_per_turn:.1f} "
            f"| {r.per_second / e.per_second:.2f} | {r.per_second / b.per_second:.3f} "
            f"| {'yes' if r.percentile(0.99) < e.percentile(0.99) else 'no'} "
            f"| {r.cpu_ms_per_turn / e.cpu_ms_per_turn:.2f} |")
    return "\n".join(lines) + "\n"



if __name__ == "__main__":
    sys.exit(main())
