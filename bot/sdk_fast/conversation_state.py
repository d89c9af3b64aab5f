"""The SDK's ConversationState, deciding whether to write by the document it would write.

The SDK's BotState hashes the whole state with jsonpickle's Pickler when it loads it and on
every save_changes (a turn saves twice: the dialogs, then the handler), and the storage then
encodes it once more to write it. Here the "hash" is the document itself (state_codec.py):
a save encodes once, compares that with the document last loaded or written, and hands the
same document to the storage. The rest is the SDK's: a save writes only a changed state (or
when forced), and the write is guarded by the eTag read with the state.
"""

from __future__ import annotations

from typing import Any, Protocol

from botbuilder.core import ConversationState, TurnContext
from botbuilder.core.bot_state import CachedBotState

from bot.sdk_fast.state_codec import encode


class DocumentStorage(Protocol):
    """The SDK's Storage that also writes documents the caller encoded with state_codec
    (bot/teams/state_storage.py's SqlStorage)."""

    async def read(self, keys: list[str]) -> dict[str, Any]: ...

    async def write_encoded(self, changes: dict[str, tuple[Any, str]]) -> None: ...


class DocumentConversationState(ConversationState):  # type: ignore[misc]
    def __init__(self, storage: DocumentStorage) -> None:
        super().__init__(storage)
        self._sql_storage = storage

    async def load(self, turn_context: TurnContext, force: bool = False) -> None:
        cached = self.get_cached_state(turn_context)
        if force or not cached or not cached.state:
            key = self.get_storage_key(turn_context)
            item = (await self._sql_storage.read([key])).get(key)
            turn_context.turn_state[self._context_service_key] = _Cached(item)

    async def save_changes(self, turn_context: TurnContext, force: bool = False) -> None:
        cached = self.get_cached_state(turn_context)
        if cached is None:
            return  # nothing loaded this turn, so nothing to save
        document = encode(cached.state)
        if force or document != cached.hash:
            key = self.get_storage_key(turn_context)
            await self._sql_storage.write_encoded({key: (cached.state, document)})
            cached.hash = document


class _Cached(CachedBotState):  # type: ignore[misc]
    """The SDK's cache entry with the stored document as its hash."""

    def compute_hash(self, obj: Any) -> str:
        # no stored state: unequal to any document, so the first save writes (as in the SDK)
        return "" if obj is None else encode(obj)
