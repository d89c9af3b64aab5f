"""The load test's school and server: mentors with their own students in a fresh database, and
`lvsbot serve` on it in a process of its own (the load generator must not share its CPU)."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import aiohttp

from domain.school import student_search_key
from storage.database import create_engine, session_factory
from storage.migrate import upgrade
from storage.tables import Location, MentorRow, StaffRow, StudentRow
from tests.support.school import Person

STUDENTS_PER_MENTOR = 10
TOKEN = "load-test-token-of-32-characters"


@dataclass(frozen=True)
class Member:
    person: Person
    students: tuple[str, ...]  # the numbers of the students they mentor


def members(count: int) -> list[Member]:
    return [Member(Person(f"load-m{i}", f"Mentor {i}", f"m{i}@load.test", f"aad-load-{i}",
                          "mentor;docent", classes=f"L{i}"),
                   tuple(f"9{i:03d}{j:02d}" for j in range(STUDENTS_PER_MENTOR)))
            for i in range(count)]


async def build_school(url: str, staff: list[Member]) -> None:
    await upgrade(url)
    engine = create_engine(url)
    async with session_factory(engine)() as session:
        session.add(Location(code="noord", name="Noord"))
        await session.flush()
        for member in staff:
            p = member.person
            session.add(StaffRow(id=p.staff_id, display_name=p.name, email=p.email,
                                 aad_object_id=p.aad, location=p.location, roles=p.roles,
                                 classes=p.classes))
            session.add_all(StudentRow(
                number=n, first_name="Leerling", last_name=n, class_name=p.classes,
                location="noord", date_of_birth=date(2011, 5, 1),
                expected_end_date=date(2030, 7, 31), heightened_protocol=False,
                export_consent=False, search_key=student_search_key("Leerling", n, p.classes, n))
                for n in member.students)
        await session.flush()
        session.add_all(MentorRow(student_number=n, staff_id=m.person.staff_id)
                        for m in staff for n in m.students)
        await session.commit()
    await engine.dispose()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    """`lvsbot serve`, its log in a file (a pipe nobody reads would block it)."""
    env = {**os.environ, "DATABASE_URL": url, "HOST": "127.0.0.1", "PORT": str(port),
           "LVS_INGEST_TOKEN": TOKEN, "LVS_OUTBOX_WORKER": "off", "LVS_RETENTION_JOB": "off",
           "MicrosoftAppId": ""}
    with log.open("wb") as output:
        return subprocess.Popen([sys.executable, "-m", "bot", "serve"], env=env,
                                stdout=output, stderr=subprocess.STDOUT)


async def wait_until_healthy(base: str, server: subprocess.Popen[bytes], log: Path) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(300):
            if server.poll() is not None:
                raise RuntimeError(f"the server stopped; its log: {log}")
            try:
                async with http.get(f"{base}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("the server did not become healthy in 30 s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), to tell work from waiting."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
