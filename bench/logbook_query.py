"""Micro-benchmark of the logbook query and the whole read_logbook use case.

Builds a demo-sized school and a large school (bulk inserts, no use cases) in SQLite files
(and optionally PostgreSQL databases), then reads the logbook of random students as random
staff members involved with them, and reports p50/p99 at both sizes and their ratio, plus the
query plan of the main query.

    .venv/bin/python -m bench.logbook_query                      # 600/1,500 and 30,000/1,000,000
    .venv/bin/python -m bench.logbook_query --students 3000 --forms 100000 --samples 200
    .venv/bin/python -m bench.logbook_query --postgres postgresql://postgres@127.0.0.1/bench
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.access import forms_created_by, is_involved, roles_towards
from domain.forms import CATALOGUE, FormType
from domain.logbook import EntryQuery
from domain.roles import LOCATION_ROLES, Role
from domain.school import Staff, Student, student_search_key
from domain.school_year import SchoolYear
from domain.services.read_logbook import LogbookFilters, read_logbook
from storage.database import create_engine, session_factory
from storage.logbook import student_entries
from storage.migrate import upgrade
from storage.tables import EntryRow, Location, MentorRow, StaffRow, StudentRow
from storage.uow import SqlUnitOfWork

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
CLASS_SIZE = 28
LOCATIONS = 6
CHUNK = 20_000
FORMS = list(FormType)


@dataclass(frozen=True)
class School:
    staff: list[Staff]
    students: list[Student]


def make_school(students: int, rng: random.Random) -> School:
    """Locations of classes of 28; a mentor per class, a docent per 4 classes, and every
    location role once per location."""
    staff: list[Staff] = []
    pupils: list[Student] = []
    classes = max(1, students // CLASS_SIZE)
    for number in range(students):
        klass = number % classes
        location = f"loc{klass % LOCATIONS}"
        pupils.append(Student(f"{100000 + number}", f"Voornaam{number}", f"Achternaam{number}",
                              f"K{klass}", location, mentors=frozenset({f"mentor{klass}"})))
    for klass in range(classes):
        location = f"loc{klass % LOCATIONS}"
        staff.append(Staff(f"mentor{klass}", f"Mentor {klass}", f"m{klass}@x", frozenset(
            {Role.MENTOR}), location))
        if klass % 4 == 0:
            taught = frozenset(f"K{k}" for k in range(klass, klass + 4 * LOCATIONS, LOCATIONS))
            staff.append(Staff(f"docent{klass}", f"Docent {klass}", f"d{klass}@x",
                               frozenset({Role.DOCENT}), location, taught))
    for loc in range(LOCATIONS):
        for role in sorted(LOCATION_ROLES):
            staff.append(Staff(f"{role.value}{loc}", f"{role.label} {loc}", f"{role}{loc}@x",
                               frozenset({role}), f"loc{loc}"))
    rng.shuffle(pupils)
    return School(staff, pupils)


def _staff_row(member: Staff) -> dict[str, Any]:
    return {"id": member.id, "display_name": member.display_name, "email": member.email,
            "aad_object_id": None, "location": member.location,
            "roles": ";".join(sorted(member.roles)), "classes": ";".join(sorted(member.classes)),
            "left_on": None}


def _student_row(pupil: Student) -> dict[str, Any]:
    return {"number": pupil.number, "first_name": pupil.first_name,
            "last_name": pupil.last_name, "class_name": pupil.class_name,
            "location": pupil.location, "date_of_birth": None, "expected_end_date": None,
            "heightened_protocol": False, "export_consent": False, "left_on": None,
            "search_key": student_search_key(pupil.first_name, pupil.last_name,
                                             pupil.class_name, pupil.number)}


def _entry_rows(school: School, forms: int, rng: random.Random) -> Any:
    """`forms` rows spread over the students, children included. Some students have many:
    Pareto weights capped so that the busiest has about ten times the average."""
    writers = {role: [s for s in school.staff if role in s.roles] for role in Role}
    last_of: dict[str, str] = {}
    weights = [min(rng.paretovariate(2.5), 16.0) for _ in school.students]
    for n, pupil in enumerate(rng.choices(school.students, weights, k=forms)):
        form = rng.choice(FORMS)
        spec = CATALOGUE[form]
        role = sorted(spec.create)[0]
        author = rng.choice(writers[role])
        created = NOW - timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
        expires = SchoolYear.of(created.date()).next(rng.choice((0, 0, 0, 1, 2))).end
        entry_id = f"e{n:08d}"
        parent = last_of.get(pupil.number) if rng.random() < 0.05 else None
        last_of[pupil.number] = entry_id
        yield {"id": entry_id, "student_number": pupil.number, "form_type": form.value,
               "description": spec.name, "author_id": author.id, "author_role": role.value,
               "created_at": created, "updated_at": created, "expires_on": expires,
               "urgent": rng.random() < 0.05, "access": ";".join(sorted(spec.read)),
               "fields": {"body": f"Tekst {n}"}, "parent_id": parent,
               "school_year": SchoolYear.of(created.date()).start_year, "request_key": None}


async def build(engine: AsyncEngine, school: School, forms: int, rng: random.Random) -> None:
    async with engine.begin() as connection:
        await connection.execute(insert(Location), [
            {"code": f"loc{n}", "name": f"Locatie {n}"} for n in range(LOCATIONS)])
        await connection.execute(insert(StaffRow), [_staff_row(s) for s in school.staff])
        for start in range(0, len(school.students), CHUNK):
            chunk = school.students[start:start + CHUNK]
            await connection.execute(insert(StudentRow), [_student_row(s) for s in chunk])
            await connection.execute(insert(MentorRow), [
                {"student_number": s.number, "staff_id": m} for s in chunk for m in s.mentors])
    batch: list[dict[str, Any]] = []
    for row in _entry_rows(school, forms, rng):
        batch.append(row)
        if len(batch) == CHUNK:
            await _insert_entries(engine, batch)
            batch = []
    await _insert_entries(engine, batch)
    async with engine.begin() as connection:
        await connection.execute(text("ANALYZE"))


async def _insert_entries(engine: AsyncEngine, rows: list[dict[str, Any]]) -> None:
    if rows:
        async with engine.begin() as connection:
            await connection.execute(insert(EntryRow), rows)


def involved_viewers(school: School, rng: random.Random, count: int) -> list[tuple[Staff, str]]:
    by_location: dict[str, list[Staff]] = {}
    for member in school.staff:
        by_location.setdefault(member.location, []).append(member)
    pairs: list[tuple[Staff, str]] = []
    while len(pairs) < count:
        pupil = rng.choice(school.students)
        candidates = [s for s in by_location[pupil.location] if is_involved(s, pupil)]
        candidates += [s for s in school.staff if s.id in pupil.mentors]
        pairs.append((rng.choice(candidates), pupil.number))
    return pairs


async def timed(engine: AsyncEngine, school: School, samples: int, seed: int) -> dict[str, float]:
    """Wall time of the query alone and of the whole use case (session, student, query,
    names, audit row, commit), plus the CPU time of the use case: on a shared machine the
    wall time also counts waiting for a CPU, the CPU time only our own work."""
    sessions = session_factory(engine)
    pupils = {s.number: s for s in school.students}
    query_ms, turn_ms, cpu_ms = [], [], []
    for viewer, number in involved_viewers(school, random.Random(seed), samples):
        roles = roles_towards(viewer, pupils[number])
        query = EntryQuery(reader_roles=roles, reader_forms=forms_created_by(roles),
                           not_expired_on=NOW.date())
        async with sessions() as session:
            started = time.perf_counter()
            list(await session.execute(student_entries(number, query)))
            query_ms.append((time.perf_counter() - started) * 1000)
        started, cpu = time.perf_counter(), time.process_time()
        await read_logbook(viewer, number, LogbookFilters(), 1, SqlUnitOfWork(sessions), NOW)
        turn_ms.append((time.perf_counter() - started) * 1000)
        cpu_ms.append((time.process_time() - cpu) * 1000)
    return {"query p50": _pct(query_ms, 50), "query p99": _pct(query_ms, 99),
            "read_logbook p50": _pct(turn_ms, 50), "read_logbook p99": _pct(turn_ms, 99),
            "read_logbook cpu p50": _pct(cpu_ms, 50), "read_logbook cpu p99": _pct(cpu_ms, 99)}


def _pct(values: list[float], percentile: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percentile - 1]


async def query_plan(engine: AsyncEngine, school: School) -> str:
    number = school.students[0].number
    roles = frozenset({Role.MENTOR})
    statement = student_entries(number, EntryQuery(
        reader_roles=roles, reader_forms=forms_created_by(roles), not_expired_on=NOW.date()))
    compiled = statement.compile(dialect=engine.dialect,
                                 compile_kwargs={"render_postcompile": True})
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    explain = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN ANALYZE "
    async with engine.connect() as connection:
        result = await connection.exec_driver_sql(explain + str(compiled), params)
        return "\n".join("  " + " | ".join(str(c) for c in row) for row in result)


def _remove_sqlite_files(url: str) -> None:
    if make_url(url).get_backend_name() == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path((make_url(url).database or "") + suffix).unlink(missing_ok=True)


async def prepare(url: str) -> AsyncEngine:
    """An empty, migrated database (a SQLite file is replaced)."""
    _remove_sqlite_files(url)
    engine = create_engine(url)
    await upgrade(url)
    return engine


async def run_size(
    url: str, students: int, forms: int, args: argparse.Namespace
) -> dict[str, float]:
    rng = random.Random(args.seed)
    school = make_school(students, rng)
    if args.reuse:
        engine = create_engine(url)
        print(f"reusing {students:,} students / {forms:,} forms ({url})")
    else:
        engine = await prepare(url)
        started = time.perf_counter()
        await build(engine, school, forms, rng)
        print(f"built {students:,} students / {forms:,} forms in "
              f"{time.perf_counter() - started:.0f} s ({url})")
    result = await timed(engine, school, args.samples, args.seed)
    print(await query_plan(engine, school))
    await engine.dispose()
    for name, value in result.items():
        print(f"  {name:22} {value:7.2f} ms")
    return result


def _urls(args: argparse.Namespace, label: str) -> list[str]:
    urls = [f"sqlite+aiosqlite:///{Path(args.dir) / f'bench-{label}.sqlite3'}"]
    if args.postgres:
        base = make_url(args.postgres)
        urls.append(base.set(database=f"{base.database}_{label}").render_as_string(False))
    return urls


async def main(args: argparse.Namespace) -> None:
    if args.postgres and not args.reuse:
        await _create_postgres_databases(args.postgres)
    for small_url, large_url in zip(_urls(args, "demo"), _urls(args, "large"), strict=True):
        small = await run_size(small_url, args.demo_students, args.demo_forms, args)
        large = await run_size(large_url, args.students, args.forms, args)
        print(f"ratio large/demo ({make_url(large_url).get_backend_name()}):")
        for name in small:
            print(f"  {name:22} {large[name] / small[name]:7.2f}x")


async def _create_postgres_databases(url: str) -> None:
    import asyncpg  # only when PostgreSQL is asked for

    base = make_url(url)
    admin = base.set(drivername="postgresql", database="postgres").render_as_string(False)
    connection = await asyncpg.connect(admin)
    try:
        for label in ("demo", "large"):
            name = f"{base.database}_{label}"
            await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30_000)
    parser.add_argument("--forms", type=int, default=1_000_000)
    parser.add_argument("--demo-students", type=int, default=600)
    parser.add_argument("--demo-forms", type=int, default=1_500)
    parser.add_argument("--samples", type=int, default=1_000, help="logbook reads per size")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", default="var/bench", help="where the SQLite files go")
    parser.add_argument("--postgres", help="also on PostgreSQL: databases <name>_demo/_large")
    parser.add_argument("--reuse", action="store_true",
                        help="measure the databases an earlier run built (same sizes and seed)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse()
    Path(arguments.dir).mkdir(parents=True, exist_ok=True)
    asyncio.run(main(arguments))
