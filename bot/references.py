"""Remember each staff member's personal conversation, for proactive messages later.

Written only when it changed: most turns come from the same conversation, and a database
write per turn would cost every user time for nothing.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import ConversationReference

from dialogs.context import is_personal_chat
from storage.conversation_refs import ConversationReferences


class ReferenceBook:
    def __init__(self, store: ConversationReferences) -> None:
        self._store = store
        self._last_saved: dict[str, str] = {}

    async def remember(self, staff_id: str, turn: TurnContext, now: datetime) -> None:
        if not is_personal_chat(turn):
            return  # proactive prompts go only to personal chats (DOMAIN.md §2)
        reference = TurnContext.get_conversation_reference(turn.activity)
        document: dict[str, Any] = reference.serialize()
        fingerprint = json.dumps(document, sort_keys=True)
        if self._last_saved.get(staff_id) == fingerprint:
            return
        await self._store.save(staff_id, document, now)
        self._last_saved[staff_id] = fingerprint

    async def reference_for(self, staff_id: str) -> ConversationReference | None:
        document = await self._store.get(staff_id)
        return None if document is None else ConversationReference().deserialize(document)


    async def latest_service_url(self) -> str | None:
        return await self._store.latest_service_url()
