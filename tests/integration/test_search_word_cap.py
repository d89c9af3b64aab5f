"""A search of thousands of words is answered at once, reading only the first
MAX_SEARCH_WORDS words, on both databases."""

from __future__ import annotations

import time

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.services.find_students import MAX_SEARCH_WORDS, find_students
from tests.integration.seed import seed_roster, unit_of_work
from tests.integration.test_logbook_use_cases import DOCENT, JAN, LEADER, MENTOR, OTHER, VC, ZOE


@pytest.fixture
async def school(engine: AsyncEngine) -> AsyncEngine:
    await seed_roster(engine, [DOCENT, MENTOR, LEADER, VC], [JAN, ZOE, OTHER])
    return engine


@pytest.mark.parametrize("count", [2_000, 40_000])
async def test_thousands_of_words_are_answered_quickly(school: AsyncEngine, count: int) -> None:
    started = time.perf_counter()
    found = await find_students(LEADER, " ".join(["jan"] * count), unit_of_work(school))
    assert JAN.number in [s.number for s in found.matches]
    assert time.perf_counter() - started < 0.5


async def test_words_after_the_cap_are_not_read(school: AsyncEngine) -> None:
    words = ["qqq"] * MAX_SEARCH_WORDS + ["jan", "de", "vries"]
    found = await find_students(LEADER, " ".join(words), unit_of_work(school))
    assert (found.matches, found.closest) == ((), ())


async def test_a_name_at_the_cap_is_still_found(school: AsyncEngine) -> None:
    words = ["jan", "de", "vries"] + ["jan"] * (MAX_SEARCH_WORDS - 3)
    found = await find_students(LEADER, " ".join(words), unit_of_work(school))
    assert [s.number for s in found.matches] == [JAN.number]
