"""Conversation references: one per staff member, saved safely by simultaneous turns."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from storage.conversation_refs import ConversationReferences
from storage.database import session_factory
from tests.support.school import MENTOR
from tests.support.seed_school import seed_school

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def reference(conversation: str) -> dict[str, object]:
    return {"conversation": {"id": conversation, "conversationType": "personal"},
            "channelId": "msteams", "serviceUrl": "https://smba.example/emea/"}


async def test_simultaneous_first_contacts_keep_one_reference(engine: AsyncEngine) -> None:
    # A client installing the bot sends installationUpdate and conversationUpdate at once.
    await seed_school(engine)
    references = ConversationReferences(session_factory(engine))
    await asyncio.gather(*(references.save(MENTOR.staff_id, reference("a:chat"), NOW)
                           for _ in range(5)))
    assert await references.get(MENTOR.staff_id) == reference("a:chat")


async def test_a_newer_conversation_replaces_the_old_one(engine: AsyncEngine) -> None:
    await seed_school(engine)
    references = ConversationReferences(session_factory(engine))
    await references.save(MENTOR.staff_id, reference("a:old"), NOW)
    await references.save(MENTOR.staff_id, reference("a:new"), NOW)
    assert await references.get(MENTOR.staff_id) == reference("a:new")
    assert await references.get("nobody") is None
