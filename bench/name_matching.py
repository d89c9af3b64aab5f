"""Micro-benchmark of reading one message and finding the student it names, in memory.

Builds the demo school at 30,000 students (two locations), the name index over it, and the
phrase reader with the bot's real command list; then reads a mix of staff messages (a name,
a typo, a command with a name, a command without one) as the staff members who would type
them: a mentor (their mentees), a docent (classes taught) and a team leader (the whole
location, the widest circle). Reports CPU µs per message (reading + index search +
ranking; thread CPU time, so a busy shared machine does not count its other processes),
p50 and p99, per viewer and overall, and the time to build the index. No database.

    .venv/bin/python -m bench.name_matching                   # 30,000 students
    .venv/bin/python -m bench.name_matching --students 3000 --rounds 200
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date

from dialogs.understanding.reader import vocabulary_for
from dialogs.understanding.reading import understand
from domain.school import Staff, fold
from domain.services.find_students import name_words_known, ranked_students
from domain.student_names import StudentNames
from storage.demo import accounts
from storage.demo.school import build_school
from tests.unit.test_understanding_corpus import _commands

MESSAGES = (
    "logboek jan", "kun je het logboek van Jan de Vries laten zien?", "Jan de Vries",
    "logbok Jna de Vries", "wat weten we over Elif Janssen", "nieuw formulier Lotte Smit",
    "wat moet ik doen?", "logboek 100001", "show logbook for gijs de boer", "logboek lars",
    "notities sophie jansen urgent", "snel formulier thomas", "meer", "wie is Fatima de Vries",
)


def run(students: int, rounds: int) -> None:
    school = build_school(students, 2024, date(2026, 11, 2))
    started = time.thread_time()
    names = StudentNames(school.students)
    built = time.thread_time() - started
    vocabulary = vocabulary_for(_commands())
    viewers = {"mentor": accounts.DEMO_MENTOR, "docent": accounts.DEMO_DOCENT,
               "team leader": accounts.DEMO_TEAMLEIDER}
    print(f"{students:,} students: name index built in {built * 1000:.0f} ms CPU "
          f"({len(MESSAGES)} messages x {rounds} rounds per viewer)")
    everything: list[float] = []
    for label, viewer in viewers.items():
        timings = _timings(viewer, names, vocabulary, rounds)
        everything += timings
        print(f"  {label:12} p50 {_us(timings, 50):6.1f} us   p99 {_us(timings, 99):6.1f} us")
    print(f"  {'all':12} p50 {_us(everything, 50):6.1f} us   p99 {_us(everything, 99):6.1f} us"
          f"   mean {statistics.fmean(everything) * 1e6:.1f} us per message")


def _timings(viewer: Staff, names: StudentNames, vocabulary: object, rounds: int
             ) -> list[float]:
    knows = name_words_known(viewer, names)
    timings = []
    for _ in range(rounds):
        for text in MESSAGES:
            started = time.thread_time()
            reading = understand(text, vocabulary, knows)  # type: ignore[arg-type]
            words = fold(reading.args).split()
            if words:
                ranked_students(viewer, words, names)
            timings.append(time.thread_time() - started)
    return timings


def _us(timings: list[float], percentile: int) -> float:
    ordered = sorted(timings)
    return ordered[min(len(ordered) - 1, len(ordered) * percentile // 100)] * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    run(args.students, args.rounds)


if __name__ == "__main__":
    main()
