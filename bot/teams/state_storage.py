"""The SDK's Storage interface over storage.StateDocuments, so dialog state survives restarts.

Documents are jsonpickle's JSON, as the SDK's own Blob and Cosmos stores write it: dialog
state holds SDK objects (DialogState, DialogInstance) that plain JSON cannot carry.
The codec is the caller's: bot/sdk_fast/state_codec.py writes and reads that format quickly
for what dialog state holds, or (LVS_STOCK_SDK=1) through jsonpickle alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from botbuilder.core import Storage, StoreItem

from storage.state_documents import StateDocuments

ETAG = "e_tag"


class Codec(Protocol):
    encode: Callable[[Any], str]
    decode: Callable[[str], Any]


class SqlStorage(Storage):  # type: ignore[misc]
    def __init__(self, documents: StateDocuments, codec: Codec) -> None:
        super().__init__()
        self._documents = documents
        self._codec = codec

    async def read(self, keys: list[str]) -> dict[str, Any]:
        found = await self._documents.read(keys)
        items: dict[str, Any] = {}
        for key, (etag, document) in found.items():
            item = self._codec.decode(document)
            _set_etag(item, etag)
            items[key] = item
        return items

    async def write(self, changes: dict[str, StoreItem]) -> None:
        if changes is None:
            raise ValueError("changes are required when writing")
        await self.write_encoded({key: (item, self._codec.encode(item))
                                  for key, item in changes.items()})

    async def write_encoded(self, changes: dict[str, tuple[Any, str]]) -> None:
        """Like write, for items whose document (the codec's encode) the caller has."""
        new_etags = await self._documents.write(
            {key: (_etag_of(item), document) for key, (item, document) in changes.items()})
        for key, etag in new_etags.items():
            _set_etag(changes[key][0], etag)  # the next save in this turn must pass the check

    async def delete(self, keys: list[str]) -> None:
        await self._documents.delete(keys)


def _etag_of(item: Any) -> str | None:
    if isinstance(item, dict):
        return item.get(ETAG)
    return getattr(item, ETAG, None)


def _set_etag(item: Any, etag: str) -> None:
    if isinstance(item, dict):
        item[ETAG] = etag
    elif hasattr(item, "__dict__"):
        item.e_tag = etag
