"""The stored form of bot state: jsonpickle's JSON, written and read without jsonpickle's
per-object machinery for what dialog state holds on every turn.

A document is exactly what `jsonpickle.encode(item, unpicklable=True, make_refs=False)` writes,
so documents written before this module existed load unchanged and older code can read the
new ones. The fast path covers plain JSON values, tuples (`{"py/tuple": [...]}`) and the SDK's
DialogState and DialogInstance (`{"py/object": "<module>.<class>", <attributes>}`); anything
else (an SDK prompt's options, a set, a non-string key, a cycle) goes to jsonpickle for the
whole document.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jsonpickle
from botbuilder.dialogs import DialogInstance, DialogState

OBJECT = "py/object"
TUPLE = "py/tuple"  # a dialog's choices are (title, value) pairs
ETAG = "e_tag"
_CLASSES: dict[str, type] = {
    f"{cls.__module__}.{cls.__qualname__}": cls for cls in (DialogState, DialogInstance)
}
_NAMES = {cls: name for name, cls in _CLASSES.items()}
_PRIMITIVES = frozenset({str, int, float, bool, type(None)})
_encoder = json.JSONEncoder()  # json.dumps' defaults, as jsonpickle's json backend uses them


class _NotPlain(Exception):
    """The value needs jsonpickle: a type or key the fast path does not write or read."""


@dataclass(frozen=True)
class StateCodec:
    """How state items become documents and back (bot/teams/state_storage.py uses one)."""

    encode: Callable[[Any], str]
    decode: Callable[[str], Any]


def encode(item: Any) -> str:
    """The document for a state item; a top-level e_tag is not part of it."""
    item = _without_etag(item)
    try:
        return encode_plain(item)
    except (_NotPlain, RecursionError):
        return _jsonpickled(item)


def encode_plain(item: Any) -> str:
    """The fast path alone: raises where `encode` would hand the item to jsonpickle."""
    return _encoder.encode(_plain(item))


def decode(document: str) -> Any:
    try:
        return json.loads(document, object_hook=_restore)
    except _NotPlain:
        return jsonpickle.decode(document)


def stock_encode(item: Any) -> str:
    """jsonpickle alone (LVS_STOCK_SDK=1): the same documents, written the SDK's way."""
    return _jsonpickled(_without_etag(item))


FAST = StateCodec(encode, decode)
STOCK = StateCodec(stock_encode, jsonpickle.decode)


def _without_etag(item: Any) -> Any:
    if isinstance(item, dict):
        return {key: value for key, value in item.items() if key != ETAG}
    return item


def _jsonpickled(item: Any) -> str:
    return str(jsonpickle.encode(item, unpicklable=True, make_refs=False))


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _PRIMITIVES:
        return value
    if kind is list:
        return [_plain(element) for element in value]
    if kind is dict:
        return {_key(key): _plain(element) for key, element in value.items()}
    if kind is tuple:
        return {TUPLE: [_plain(element) for element in value]}
    name = _NAMES.get(kind)
    if name is None:
        raise _NotPlain(kind)
    attributes = {_attribute(key): _plain(element) for key, element in vars(value).items()}
    return {OBJECT: name, **attributes}


def _key(key: Any) -> str:
    # jsonpickle turns other keys into their repr and drops or escapes its own tags
    if type(key) is not str or key.startswith(("py/", "json://")):
        raise _NotPlain(key)
    return key


def _attribute(name: str) -> str:
    if name.startswith("__"):  # jsonpickle restores these under a mangled name
        raise _NotPlain(name)
    return _key(name)


def _restore(obj: dict[str, Any]) -> Any:
    tagged = [key for key in obj if key.startswith(("py/", "json://"))]
    if not tagged:
        return obj
    if tagged == [TUPLE] and len(obj) == 1:
        return tuple(obj[TUPLE])
    if tagged != [OBJECT] or obj[OBJECT] not in _CLASSES:
        raise _NotPlain(tagged)
    cls = _CLASSES[obj.pop(OBJECT)]
    instance = cls.__new__(cls)  # as jsonpickle does: the attributes, without __init__
    for name, value in obj.items():
        setattr(instance, _attribute(name), value)
    return instance
