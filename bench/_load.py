"""The load generator: a fixed number of turns (or until a time limit) at a given concurrency,
each worker talking as its own staff member in its own personal chat, as Teams would."""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

Activity = Callable[[int, str], dict[str, Any]]  # (worker, text) -> a Teams message activity


@dataclass(frozen=True)
class Result:
    turns: int
    errors: int
    seconds: float
    latencies: list[float]  # seconds, one per successful turn
    replies: int  # activities the fake connector received meanwhile
    cpu_seconds: float = 0.0  # the server process's CPU time (all threads) meanwhile

    @property
    def cpu_ms_per_turn(self) -> float:
        return 1000 * self.cpu_seconds / self.turns if self.turns else float("nan")

    @property
    def per_second(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0

    @staticmethod
    def combined(results: Sequence[Result]) -> Result:
        """Several slices of one measurement as one."""
        return Result(sum(r.turns for r in results), sum(r.errors for r in results),
                      sum(r.seconds for r in results),
                      [latency for r in results for latency in r.latencies],
                      sum(r.replies for r in results), sum(r.cpu_seconds for r in results))

    def percentile(self, fraction: float) -> float:
        """Nearest-rank percentile, in milliseconds."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def connector_stats(http: aiohttp.ClientSession, connector_url: str) -> dict[str, Any]:
    async with http.get(f"{connector_url}stats") as response:
        return dict(await response.json())


async def replies_so_far(http: aiohttp.ClientSession, connector_url: str) -> int:
    return int((await connector_stats(http, connector_url))["activities"])


async def reply_to(bot_url: str, connector_url: str, activity: dict[str, Any]) -> str:
    """Post one activity; the text of the last reply the connector received."""
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{bot_url}/api/messages", json=activity) as response:
            await response.read()
        return str((await connector_stats(http, connector_url))["last_text"])


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, all its threads (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run_load(
    bot_url: str, connector_url: str, activity: Activity, texts: Sequence[str], *,
    concurrency: int, turns: int, seconds: float, pid: int,
) -> Result:
    """Each worker sends `texts` in a cycle (a dialog's steps, say); every post is one turn."""
    latencies: list[float] = []
    errors = 0
    deadline = float("inf")
    tickets = itertools.count(step=len(texts))  # a ticket per cycle, counted in turns

    async def worker(index: int, http: aiohttp.ClientSession) -> None:
        nonlocal errors
        # A worker stops only between cycles, so a dialog the cycle opens is closed again
        # (a conversation left mid-dialog would make the next measurement's turns answers
        # to that dialog's question).
        while next(tickets) < turns and time.perf_counter() <= deadline:
            for text in texts:
                sent = time.perf_counter()
                async with http.post(f"{bot_url}/api/messages",
                                     json=activity(index, text)) as response:
                    await response.read()
                    ok = response.status in (200, 201)
                if ok:
                    latencies.append(time.perf_counter() - sent)
                else:
                    errors += 1

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as http:
        before = await replies_so_far(http, connector_url)
        cpu_before = cpu_seconds(pid)
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(*(worker(i, http) for i in range(concurrency)))
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(pid) - cpu_before
        after = await replies_so_far(http, connector_url)
    return Result(len(latencies) + errors, errors, elapsed, latencies, after - before, cpu)
