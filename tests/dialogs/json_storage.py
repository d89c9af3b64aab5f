"""Bot state kept as JSON documents, as the production store keeps it.

The SDK's MemoryStorage keeps a deepcopy of each item: state that only survives a deepcopy
(a domain object, a set, a class the next release renames) would pass there and break in
production, where state is jsonpickle's JSON in the database. Here every write is encoded
and every read decoded again, and eTags are checked as the database store checks them.
Stricter than production: a document may tag only what the fast state codec writes itself
(the SDK's DialogState and DialogInstance, tuples); any other object in dialog state fails
the test (STYLE.md §3: `step.values` holds JSON primitives).
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import jsonpickle
from botbuilder.core import Storage, StoreItem

ETAG = "e_tag"
PLAIN_CLASSES = frozenset({"botbuilder.dialogs.dialog_state.DialogState",
                           "botbuilder.dialogs.dialog_instance.DialogInstance"})


class NotPlainState(TypeError):
    """Dialog state holds an object that only jsonpickle's class lookup brings back."""


class StaleWrite(RuntimeError):
    """Another turn saved the same state first (the production store refuses it too)."""


class JsonStorage(Storage):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.documents: dict[str, tuple[str, str]] = {}  # key → (eTag, JSON document)
        self._etags = itertools.count(1)

    async def read(self, keys: list[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key in keys:
            if key in self.documents:
                etag, document = self.documents[key]
                found[key] = _with_etag(jsonpickle.decode(document), etag)
        return found

    async def write(self, changes: dict[str, StoreItem]) -> None:
        for key, item in changes.items():
            expected = _etag_of(item)
            stored = self.documents.get(key)
            if expected not in (None, "*") and stored is not None and stored[0] != expected:
                raise StaleWrite(key)
            etag = str(next(self._etags))
            self.documents[key] = (etag, encode(item))
            _with_etag(item, etag)  # a second save in the same turn must pass the check

    async def delete(self, keys: list[str]) -> None:
        for key in keys:
            self.documents.pop(key, None)


def encode(item: Any) -> str:
    """The document production writes (bot state is jsonpickle's JSON, without the eTag)."""
    if isinstance(item, dict):
        item = {key: value for key, value in item.items() if key != ETAG}
    document = str(jsonpickle.encode(item, unpicklable=True, make_refs=False))
    _check_plain(json.loads(document))
    return document


def _check_plain(node: Any) -> None:
    if isinstance(node, list):
        for value in node:
            _check_plain(value)
    elif isinstance(node, dict):
        tags = {key for key in node if key.startswith("py/")} - {"py/tuple"}
        if tags - {"py/object"} or node.get("py/object", next(iter(PLAIN_CLASSES))) \
                not in PLAIN_CLASSES:
            raise NotPlainState(f"bot state holds {node}; store ids and primitives instead")
        for value in node.values():
            _check_plain(value)


def _etag_of(item: Any) -> str | None:
    return item.get(ETAG) if isinstance(item, dict) else getattr(item, ETAG, None)


def _with_etag(item: Any, etag: str) -> Any:
    if isinstance(item, dict):
        item[ETAG] = etag
    else:
        item.e_tag = etag
    return item
