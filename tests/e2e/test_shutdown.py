"""`lvsbot serve` stopped with SIGTERM (a deploy, a scale-in): the turn in flight finishes."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys

import aiohttp

from tests.support import teams
from tests.support.connector import running_connector
from tests.support.school import MENTOR


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def wait_until_up(url: str, http: aiohttp.ClientSession) -> None:
    for _ in range(600):  # up to 30 s: a loaded CI machine starts Python slowly
        try:
            async with http.get(f"{url}/healthz") as response:
                if response.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.05)
    raise AssertionError("lvsbot serve did not come up")


async def test_sigterm_lets_the_turn_in_flight_finish(school_url: str) -> None:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": school_url, "PORT": str(port), "HOST": "127.0.0.1"}
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "serve", env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        async with running_connector() as connector, aiohttp.ClientSession() as http:
            await wait_until_up(url, http)
            connector.delay_seconds = 1.0
            activity = teams.message(MENTOR, connector.url, "help")
            turn = asyncio.ensure_future(http.post(f"{url}/api/messages", json=activity))
            await asyncio.sleep(0.3)  # the bot is now waiting on the slow connector
            server.send_signal(signal.SIGTERM)
            response = await turn
            assert response.status == 201
            assert "Dit kun je mij vragen" in connector.sent[0].text
            assert await asyncio.wait_for(server.wait(), 30) == 0
    finally:
        if server.returncode is None:
            server.kill()
            await server.wait()


async def test_a_taken_port_gets_a_plain_message(school_url: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "DATABASE_URL": school_url, "PORT": str(port)}
        server = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "serve", env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        _, err = await asyncio.wait_for(server.communicate(), 60)
    assert server.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in err.decode()
