"""Each incoming request body turned into an Activity without msrest's generic walk.

POST /api/messages turned every body into an Activity with `Activity().deserialize(body)`:
a new Deserializer each time, and for every field of every model the key extractors, a copy
of the field's description, type dispatch by string tests, the additional-properties set
built again, and isodate's parser trying its regular expressions in turn: in py-spy 7 to 10 %
of a `help` turn's CPU and 5 % of a `logboek` turn's, about 200 µs a Teams message in the
running app (this module: 35 µs).

`activity_reader().read(body)` builds the same Activity: the same classes, built with the
same keyword arguments, and the same `additional_properties`. It does so only for values
whose handling is certain, and hands the whole body to msrest for anything else:

- models: msrest `Model`s, not XML, without `_validation` rules or a `_subtype_map`, keyed
  by plain names, each from a dict; keys the model does not know become its
  `additional_properties` (the body's own values, in msrest's set order), none leaves `{}`;
- "str", "int", "long", "bool", "float": a JSON value of exactly that type, kept as it is
  (msrest's str(), int(), bool(), float() give back the same value);
- "iso-8601": a str spelled as Teams does, `2026-11-22T10:00:00.1234567Z` or with an offset
  `+01:00`; the datetime isodate builds, with isodate's own tzinfo, digits past the sixth
  cut off as msrest does;
- "[T]", "{T}": a list, a dict (None items stay None);
- "object" (channel data, values): JSON, copied into new dicts and lists as msrest does.

Anything else (a number in a text field, other date spellings, an enum-typed field, a model
given as a list, an unknown type name) goes to `Activity.deserialize`, and so does every
error: msrest then builds its Activity or raises its own error, as before (msrest is called
on the body untouched: the fast path changes nothing in it).
tests/unit/test_incoming_activities.py proves both halves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import Any

import isodate
from botbuilder.schema import Activity
from msrest.serialization import Deserializer, Model

from bot.sdk_fast.msrest_walk import Handler, TypeWalk, exactly, refuse

# The timestamps Teams and the Bot Connector send; other spellings are msrest's to read.
_TIMESTAMP = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
                        r"(?:\.([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2})")
_MICROSECOND_DIGITS = 6


@lru_cache(maxsize=128)
def _zone(designator: str) -> tzinfo | None:
    # isodate's own tzinfo for it: its UTC, or a FixedOffset named after the designator.
    zone: tzinfo | None = isodate.parse_tzinfo(designator)
    return zone


def _timestamp(value: Any) -> datetime:
    match = _TIMESTAMP.fullmatch(value) if type(value) is str else None
    if match is None:
        return refuse(value)
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    microsecond = (fraction or "")[:_MICROSECOND_DIGITS].ljust(_MICROSECOND_DIGITS, "0")
    moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                      int(microsecond), _zone(zone))
    if not 1 <= moment.utctimetuple().tm_year <= 9999:  # msrest's own limit
        return refuse(value)
    return moment


class FastDeserializer(TypeWalk):
    """msrest's `Deserializer(dependencies)(root, body)`, fast for the bodies it is sure of."""

    def __init__(self, dependencies: Mapping[str, Any], root: str) -> None:
        super().__init__(dependencies, {
            "str": exactly(str), "int": exactly(int), "long": exactly(int),
            "bool": exactly(bool), "float": exactly(float), "iso-8601": _timestamp,
        })
        self._root = root

    def read(self, body: Any) -> Any:
        try:
            return self.read_fast(body)
        except Exception:  # noqa: BLE001 - msrest decides, and raises its own error
            return Deserializer(self.dependencies)(self._root, body)

    def read_fast(self, body: Any) -> Any:
        """The fast path alone: raises where `read` would hand the body to msrest."""
        return self.handler(self._root)(body)

    def _model_handler(self, model_class: type[Model]) -> Handler:
        return _ModelReader(self, model_class)


class StockReader:
    """msrest's own reading (LVS_STOCK_SDK=1), as the SDK's samples do it."""

    def read(self, body: Any) -> Any:
        return Activity().deserialize(body)


def activity_reader() -> FastDeserializer:
    """What `Activity().deserialize(body)` does: type names resolved among the classes of
    botbuilder.schema."""
    return FastDeserializer(Activity._infer_class_models(), "Activity")


class _ModelReader:
    """Builds one model class from a dict, as msrest's `_deserialize` and
    `_instantiate_model` do; its field handlers are looked up on first use, so that models
    may hold each other."""

    def __init__(self, walk: TypeWalk, model_class: type[Model]) -> None:
        self._walk = walk
        self._class = model_class
        self._fields: list[tuple[str, str, Handler]] | None = None
        self._known: frozenset[str] = frozenset()

    def __call__(self, data: Any) -> Model:
        fields = self._fields if self._fields is not None else self._prepare()
        if type(data) is not dict:
            return refuse(data)
        arguments = {}
        for attr, key, handle in fields:
            value = data.get(key)
            arguments[attr] = None if value is None else handle(value)
        model = self._class(**arguments)
        # The same set expression as msrest's, so the same keys in the same order.
        unknown = set(data.keys()) - self._known
        if unknown:
            model.additional_properties = {key: data[key] for key in unknown}
        return model

    def _prepare(self) -> list[tuple[str, str, Handler]]:
        model_class = self._class
        if (model_class._validation or model_class.is_xml_model()
                or model_class.__dict__.get("_subtype_map")):
            refuse(model_class)
        fields = []
        for attr, description in model_class._attribute_map.items():
            key = description["key"]
            if attr == "additional_properties" and key == "":
                continue  # where the unknown keys go, not a field of the body
            if not key or "." in key or attr == "additional_properties":
                refuse(key)  # flattened, escaped or odd keys: msrest's own business
            fields.append((attr, key, self._walk.handler(description["type"])))
        self._known = frozenset(key for _, key, _ in fields)
        self._fields = fields
        return fields

