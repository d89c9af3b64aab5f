"""Time-ordered ids: valid UUIDs of version 7, each greater than the one before."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from domain.ids import ordered_id

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_ids_of_one_moment_grow_and_differ() -> None:
    ids = [ordered_id(NOW) for _ in range(10_000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_an_id_is_a_version_7_uuid_carrying_its_moment() -> None:
    made = uuid.UUID(ordered_id(NOW + timedelta(days=365 * 50)))
    assert (made.version, made.variant) == (7, uuid.RFC_4122)
    assert made.int >> 80 == int((NOW + timedelta(days=365 * 50)).timestamp() * 1000)


def test_a_later_id_from_an_earlier_moment_still_sorts_after() -> None:
    first = ordered_id(NOW + timedelta(days=800))
    assert ordered_id(NOW) > first
