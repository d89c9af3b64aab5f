"""Dialog and user state in the database: eTags guard every write, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest
from botbuilder.core import StoreItem
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.sdk_fast.state_codec import FAST
from bot.teams.state_storage import SqlStorage
from storage.database import session_factory
from storage.state_documents import ETagConflict, StateDocuments


@pytest.fixture
def storage(engine: AsyncEngine) -> SqlStorage:
    return SqlStorage(StateDocuments(session_factory(engine)), FAST)


class Counter(StoreItem):  # type: ignore[misc]
    def __init__(self, count: int = 0) -> None:
        super().__init__()
        self.count = count


async def test_a_document_round_trips_with_a_fresh_etag(storage: SqlStorage) -> None:
    await storage.write({"conv/1": {"step": 2, "values": {"student": "100001"}}})
    read = await storage.read(["conv/1", "missing"])
    assert list(read) == ["conv/1"]
    assert read["conv/1"]["values"] == {"student": "100001"}
    assert read["conv/1"]["e_tag"]


async def test_sdk_objects_survive_the_round_trip(storage: SqlStorage) -> None:
    await storage.write({"user/1": Counter(3)})
    item = (await storage.read(["user/1"]))["user/1"]
    assert isinstance(item, Counter) and item.count == 3


async def test_a_write_with_a_stale_etag_raises(storage: SqlStorage) -> None:
    await storage.write({"conv/1": {"n": 1}})
    first = (await storage.read(["conv/1"]))["conv/1"]
    second = (await storage.read(["conv/1"]))["conv/1"]
    first["n"] = 2
    await storage.write({"conv/1": first})
    second["n"] = 3
    with pytest.raises(ETagConflict):
        await storage.write({"conv/1": second})
    assert (await storage.read(["conv/1"]))["conv/1"]["n"] == 2


async def test_star_or_no_etag_writes_unconditionally(storage: SqlStorage) -> None:
    await storage.write({"conv/1": {"n": 1}})
    await storage.write({"conv/1": {"n": 2, "e_tag": "*"}})
    await storage.write({"conv/1": {"n": 3}})
    assert (await storage.read(["conv/1"]))["conv/1"]["n"] == 3


async def test_the_same_document_can_be_saved_twice_in_one_turn(storage: SqlStorage) -> None:
    await storage.write({"conv/1": {"n": 1}})
    item = (await storage.read(["conv/1"]))["conv/1"]
    item["n"] = 2
    await storage.write({"conv/1": item})
    item["n"] = 3
    await storage.write({"conv/1": item})  # the first write gave it the new eTag
    assert (await storage.read(["conv/1"]))["conv/1"]["n"] == 3


async def test_two_concurrent_writers_never_lose_an_update_silently(
    storage: SqlStorage,
) -> None:
    await storage.write({"conv/1": {"n": 0}})

    async def increment() -> bool:
        item = (await storage.read(["conv/1"]))["conv/1"]
        item["n"] += 1
        await asyncio.sleep(0)
        try:
            await storage.write({"conv/1": item})
        except ETagConflict:
            return False
        return True

    results = await asyncio.gather(*(increment() for _ in range(10)))
    final = (await storage.read(["conv/1"]))["conv/1"]["n"]
    assert final == sum(results)  # every successful write counted; every lost one raised
    assert any(results)


async def test_delete_removes_the_document(storage: SqlStorage) -> None:
    await storage.write({"conv/1": {"n": 1}})
    await storage.delete(["conv/1"])
    assert await storage.read(["conv/1"]) == {}
