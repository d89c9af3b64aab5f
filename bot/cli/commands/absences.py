"""`lvsbot import-absences FILE.csv`: the same registrations as POST /api/absences, from a file.

Columns: id, student_number, kind, date, lesson_hour, hours, note (empty cells are left out).
Prints the same summary as the API; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import TextIO

from bot.database import open_engine
from bot.settings import Settings
from domain.absence.ingest import MAX_BATCH, IngestResult, Rejection, ingest_absences
from storage.database import session_factory
from storage.uow import SqlUnitOfWork


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("import-absences", help="import absence registrations (CSV)")
    parser.add_argument("file", type=Path, help="CSV with a header row")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    result = asyncio.run(import_file(args.file, settings,
                                     lambda: datetime.now(settings.zone), sys.stderr))
    print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    return 0


async def import_file(
    path: Path, settings: Settings, clock: Callable[[], datetime], progress: TextIO,
) -> IngestResult:
    total = _count_rows(path)
    protocol = settings.protocol()
    engine = open_engine(settings)
    uow = SqlUnitOfWork(session_factory(engine))
    summary = IngestResult()
    try:
        with path.open(newline="", encoding="utf-8-sig") as file:
            for offset, batch in _batches(csv.DictReader(file)):
                now = clock()
                result = await ingest_absences(batch, uow, protocol, now=now, today=now.date())
                summary = _add(summary, result, offset)
                _show(progress, offset + len(batch), total)
    finally:
        await engine.dispose()
    return summary


def row_item(row: dict[str, str]) -> dict[str, object]:
    """A CSV row as the JSON item the API takes: numbers where numbers belong."""
    item: dict[str, object] = {k: v for k, v in row.items() if k and v not in (None, "")}
    for key, kind in (("lesson_hour", int), ("hours", float)):
        if key in item:
            try:
                item[key] = kind(str(item[key]))
            except ValueError:
                pass  # left as text: the item is rejected with the field's reason
    return item


def _batches(rows: Iterator[dict[str, str]]) -> Iterator[tuple[int, list[object]]]:
    offset = 0
    while batch := [row_item(row) for row in islice(rows, MAX_BATCH)]:
        yield offset, list(batch)
        offset += len(batch)


def _add(summary: IngestResult, result: IngestResult, offset: int) -> IngestResult:
    rejected = tuple(Rejection(r.index + offset, r.error) for r in result.rejected)
    return IngestResult(summary.accepted + result.accepted,
                        summary.duplicates + result.duplicates,
                        summary.rejected + rejected, summary.signals + result.signals)


def _count_rows(path: Path) -> int:
    with path.open("rb") as file:
        return max(0, sum(1 for _ in file) - 1)


def _show(progress: TextIO, done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    end = "\n" if done >= total else ""
    progress.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}{end}")
    progress.flush()
