"""What a reader makes of a request body, down to the types: for comparing the Activity
bot/sdk_fast/incoming_activities.py builds with the one msrest builds."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from botbuilder.schema import Activity
from msrest.serialization import Deserializer, Model


def no_addresses(text: str) -> str:
    """A repr without object addresses, which differ between copies of a value."""
    return re.sub(r" at 0x[0-9a-f]+>", ">", text)


def outcome(read: Callable[[Any], Any], body: Any) -> tuple[Any, ...]:
    """What a reader makes of a body, exactly, or the error it raises."""
    try:
        result = read(body)
    except Exception as error:  # noqa: BLE001 - the error is the outcome to compare
        return ("raised", type(error).__name__, no_addresses(str(error)))
    own = set(_containers(body))
    return ("built", exact(result, own), _serialized(result))


def exact(value: Any, own: set[int]) -> Any:
    """A value down to its types: models by class and `vars()` in order, dicts and lists item
    by item (and whether they are the body's own objects), datetimes with their tzinfo."""
    kind = type(value)
    if isinstance(value, Model):
        return kind, [(name, exact(item, own)) for name, item in vars(value).items()]
    if kind is dict:
        return kind, id(value) in own, [(exact(key, own), exact(item, own))
                                        for key, item in value.items()]
    if kind is list:
        return kind, id(value) in own, [exact(item, own) for item in value]
    if kind is datetime:
        zone = value.tzinfo
        return (kind, repr(value.replace(tzinfo=None)), type(zone), value.utcoffset(),
                value.tzname(), getattr(zone, "__dict__", None))
    return kind, no_addresses(repr(value))


def _containers(value: Any) -> Iterator[int]:
    if type(value) in (dict, list):
        yield id(value)
        for item in value.values() if type(value) is dict else value:
            yield from _containers(item)


def _serialized(model: Any) -> str:
    try:
        return no_addresses(json.dumps(model.serialize()))
    except Exception as error:  # noqa: BLE001 - part of what is compared
        return f"serialize raised {type(error).__name__}"


def by_msrest(body: Any) -> Any:
    return Activity().deserialize(body)


@contextmanager
def msrest_reads() -> Iterator[list[Any]]:
    """The bodies msrest's Deserializer is called on meanwhile."""
    stock = Deserializer.__call__
    calls: list[Any] = []

    def counted(self: Deserializer, target: Any, data: Any, content_type: Any = None) -> Any:
        calls.append(data)
        return stock(self, target, data, content_type)

    Deserializer.__call__ = counted  # type: ignore[method-assign]
    try:
        yield calls
    finally:
        Deserializer.__call__ = stock  # type: ignore[method-assign]
