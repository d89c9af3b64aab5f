"""The conversation reference is written when it changes, not on every turn."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity

from bot.teams.references import ReferenceBook
from tests.support import teams
from tests.support.school import DOCENT, MENTOR

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class RecordingStore:
    def __init__(self) -> None:
        self.saved: list[tuple[str, dict[str, Any]]] = []

    async def save(self, staff_id: str, reference: dict[str, Any], now: datetime) -> None:
        self.saved.append((staff_id, reference))


def turn(activity: dict[str, Any]) -> TurnContext:
    return TurnContext(TestAdapter(), Activity().deserialize(activity))


async def test_a_new_message_in_the_same_chat_writes_nothing() -> None:
    store = RecordingStore()
    book = ReferenceBook(store)  # type: ignore[arg-type]
    for text in ("help", "logboek Jan", "help"):  # each message has a new activity id
        await book.remember(MENTOR.staff_id, turn(teams.message(MENTOR, "https://smba/", text)),
                            NOW)
    [(staff_id, reference)] = store.saved
    assert staff_id == MENTOR.staff_id
    assert reference["serviceUrl"] == "https://smba/" and "activityId" not in reference


async def test_a_moved_service_url_or_another_person_is_written() -> None:
    store = RecordingStore()
    book = ReferenceBook(store)  # type: ignore[arg-type]
    await book.remember(MENTOR.staff_id, turn(teams.message(MENTOR, "https://smba/a/")), NOW)
    await book.remember(MENTOR.staff_id, turn(teams.message(MENTOR, "https://smba/b/")), NOW)
    await book.remember(DOCENT.staff_id, turn(teams.message(DOCENT, "https://smba/b/")), NOW)
    assert [(s, r["serviceUrl"]) for s, r in store.saved] == [
        (MENTOR.staff_id, "https://smba/a/"), (MENTOR.staff_id, "https://smba/b/"),
        (DOCENT.staff_id, "https://smba/b/")]
