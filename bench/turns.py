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
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bench._load import Result, run_load
from bench._school import Speaker, prepare_school
from tests.support import teams

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "var" / "bench"
CONCURRENCY = (1, 16)
TURNS = {1: 300, 16: 1200}  # per measurement, and at most SECONDS each
SECONDS = 20.0
WARM_UP = 40


@dataclass(frozen=True)
class Scenario:
    name: str
    texts: tuple[str, ...]  # sent in a cycle by each worker; "{mentee}" is filled in
    needs: str | None = None  # a command word this build must know, else the row is skipped


SCENARIOS = (
    Scenario("help", ("help",)),
    Scenario("unknown text (hint)", ("wat is het weer",)),
    Scenario("add-form step (nieuw formulier / annuleer)", ("nieuw formulier", "annuleer"),
             needs="nieuw formulier"),
    Scenario("logboek <student>", ("logboek {mentee}",), needs="logboek"),
)


@dataclass(frozen=True)
class Row:
    target: str
    scenario: str
    concurrency: int
    result: Result


def main() -> int:
    return asyncio.run(_main())


async def _main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    database = OUT / "turns.sqlite3"
    for leftover in OUT.glob("turns.sqlite3*"):
        leftover.unlink()
    url = f"sqlite+aiosqlite:///{database}"
    speakers = await prepare_school(url, max(CONCURRENCY))
    known = _command_words()
    rows: list[Row] = []
    with _server("connector") as (connector_port, _pid):
        connector = f"http://127.0.0.1:{connector_port}/"
        for target, args in (("echo bot", ()), ("bare handler", ()), ("lvsbot", (url,))):
            with _server(target, *args) as (port, pid):
                for scenario in SCENARIOS if target == "lvsbot" else SCENARIOS[:1]:
                    if scenario.needs and scenario.needs not in known:
                        print(f"  (skipped {scenario.name}: not in this build)")
                        continue
                    rows += await _measure(target, scenario, (port, pid), connector,
                                           speakers)
    report = _report(rows)
    print(report)
    (OUT / "turns.md").write_text(report, encoding="utf-8")
    return 1 if any(row.result.errors for row in rows) else 0


async def _measure(target: str, scenario: Scenario, server: tuple[int, int], connector: str,
                   speakers: list[Speaker]) -> list[Row]:
    port, pid = server
    bot = f"http://127.0.0.1:{port}"

    def activity(worker: int, text: str) -> dict[str, Any]:
        speaker = speakers[worker % len(speakers)]
        return teams.message(speaker.person, connector, text.format(mentee=speaker.mentee))

    rows = []
    for concurrency in CONCURRENCY:
        await run_load(bot, connector, activity, scenario.texts, concurrency=concurrency,
                       turns=WARM_UP, seconds=SECONDS, pid=pid)
        result = await run_load(bot, connector, activity, scenario.texts,
                                concurrency=concurrency, turns=TURNS[concurrency],
                                seconds=SECONDS, pid=pid)
        print(f"  {target:12} {scenario.name:44} c={concurrency:<2} "
              f"{result.per_second:7.1f} turns/s  p50 {result.percentile(0.5):6.1f} ms  "
              f"p99 {result.percentile(0.99):6.1f} ms  cpu {result.cpu_ms_per_turn:5.1f} ms/turn  "
              f"errors {result.errors}", flush=True)
        rows.append(Row(target, scenario.name, concurrency, result))
    return rows


def _command_words() -> set[str]:
    from bot.registry import build_dialogs
    from dialogs.context import Services

    def no_database() -> Any:
        raise RuntimeError("only the command list is read here")

    _, commands = build_dialogs(Services(uow=no_database, now=datetime.now))
    return {word for command in commands for word in command.words}


@contextlib.contextmanager
def _server(kind: str, *args: str) -> Iterator[tuple[int, int]]:
    port = _free_port()
    module = ["-m", "bench._echo_bot"] if kind == "echo bot" else ["-m", "bench._servers"]
    name = {"bare handler": "bare"}.get(kind, kind)
    command = [sys.executable, *module, *([] if kind == "echo bot" else [name]), str(port),
               *args]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        _wait_for_port(port, process)
        yield port, process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server on port {port} stopped: {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after 30 s")


def _report(rows: list[Row]) -> str:
    echo = {r.concurrency: r.result for r in rows if r.target == "echo bot"}
    bare = {r.concurrency: r.result for r in rows if r.target == "bare handler"}
    lines = [
        f"Machine: {os.cpu_count()} cores, {_cpu_model()}, Python {platform.python_version()}",
        "",
        "| target | turn | conc. | turns | turns/s | p50 ms | p99 ms | CPU ms/turn | × echo "
        "| × bare | p99 < echo p99 |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|:-:|",
    ]
    for row in rows:
        r, e, b = row.result, echo[row.concurrency], bare[row.concurrency]
        lines.append(
            f"| {row.target} | {row.scenario} | {row.concurrency} | {r.turns} "
            f"| {r.per_second:.0f} | {r.percentile(0.5):.1f} | {r.percentile(0.99):.1f} "
            f"| {r.cpu_ms_per_turn:.1f} "
            f"| {r.per_second / e.per_second:.2f} | {r.per_second / b.per_second:.3f} "
            f"| {'yes' if r.percentile(0.99) < e.percentile(0.99) else 'no'} |")
    return "\n".join(lines) + "\n"


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    sys.exit(main())
