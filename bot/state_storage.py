"""The SDK's Storage interface over storage.StateDocuments, so dialog state survives restarts.

Documents are encoded with jsonpickle, as the SDK's own Blob and Cosmos stores do: dialog
state holds SDK objects (DialogState, DialogInstance) that plain JSON cannot carry.
"""

from __future__ import annotations

from typing import Any

import jsonpickle
from botbuilder.core import Storage, StoreItem

from storage.state_documents import StateDocuments

ETAG = "e_tag"


class SqlStorage(Storage):  # type: ignore[misc]
    def __init__(self, documents: StateDocuments) -> None:
        super().__init__()
        self._documents = documents

    async def read(self, keys: list[str]) -> dict[str, Any]:
        found = await self._documents.read(keys)
        items: dict[str, Any] = {}
        for key, (etag, document) in found.items():
            item = jsonpickle.decode(document)
            _set_etag(item, etag)
            items[key] = item
        return items

    async def write(self, changes: dict[str, StoreItem]) -> None:
        if changes is None:
            raise ValueError("changes are required when writing")
        encoded = {key: (_etag_of(item), _encode(item)) for key, item in changes.items()}
        new_etags = await self._documents.write(encoded)
        for key, etag in new_etags.items():
            _set_etag(changes[key], etag)  # the next save in this turn must pass the check

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


def _encode(item: Any) -> str:
    if isinstance(item, dict):
        item = {key: value for key, value in item.items() if key != ETAG}
    return str(jsonpickle.encode(item, unpicklable=True, make_refs=False))
