"""Remember each staff member's personal conversation, for proactive messages later.

Written only when it changed: most turns come from the same conversation, and a database
write per turn would cost every user time for nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ConversationReference

from dialogs.common.context import is_personal_chat
from storage.conversation_refs import ConversationReferences


class ReferenceBook:
    def __init__(self, store: ConversationReferences) -> None:
        self._store = store
        self._last_saved: dict[str, tuple[Any, ...]] = {}

    async def remember(self, staff_id: str, turn: TurnContext, now: datetime) -> None:
        if not is_personal_chat(turn):
            return  # proactive prompts go only to personal chats (DOMAIN.md §2)
        fingerprint = _fingerprint(turn.activity)
        if self._last_saved.get(staff_id) == fingerprint:
            return
        reference = TurnContext.get_conversation_reference(turn.activity)
        # The reference names the incoming activity, new on every turn; proactive messages
        # do not need it, and keeping it would make every turn a database write.
        reference.activity_id = None
        await self._store.save(staff_id, reference.serialize(), now)
        self._last_saved[staff_id] = fingerprint

    async def reference_for(self, staff_id: str) -> ConversationReference | None:
        document = await self._store.get(staff_id)
        return None if document is None else ConversationReference().deserialize(document)

    async def latest_service_url(self) -> str | None:
        return await self._store.latest_service_url()


def _fingerprint(activity: Activity) -> tuple[Any, ...]:
    """What the reference is made of (its activity id aside), compared without building and
    serializing it on every turn. Copies, so that later changes to the activity do not leak."""
    parts = (activity.from_property, activity.recipient, activity.conversation)
    return (*(dict(vars(part)) if part is not None else None for part in parts),
            activity.channel_id, activity.locale, activity.service_url)
