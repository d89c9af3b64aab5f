"""Hypothesis strategies for the Bot Connector's models (botframework.connector.models),
generated from their own attribute maps: every field of every model an Activity can hold,
filled with what the SDK puts there (text and enum members, datetimes in several zones,
JSON with unicode, numbers, booleans and nulls, cards as models, additional properties)."""

from __future__ import annotations

from collections import OrderedDict, UserDict
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from botframework.connector import models
from hypothesis import strategies as st
from msrest.serialization import Model

# What the ConnectorClient gives its Serializer (botframework/connector/aio/
# _connector_client_async.py).
CLIENT_MODELS = {name: kind for name, kind in models.__dict__.items() if isinstance(kind, type)}
MODELS = {name: kind for name, kind in CLIENT_MODELS.items() if issubclass(kind, Model)}
ENUM_MEMBERS = [member for kind in CLIENT_MODELS.values() if issubclass(kind, Enum)
                for member in kind]
FIELD_TYPES = ("str", "int", "long", "bool", "float", "iso-8601", "object")
# Every kind of field a model can declare, including ones the fast paths leave to msrest.
FIELD_KINDS = [*FIELD_TYPES, "[str]", "{str}", "[object]", "{object}", "ChannelAccount",
               "[ChannelAccount]", "{ChannelAccount}", "ActivityTypes", "date", "bytearray",
               "NoSuchModel"]


def _with_additional_properties(base: type[Model]) -> type[Model]:
    """A model that sends its additional_properties, as `enable_additional_properties_sending`
    makes it (on a copy of the attribute map, so the SDK's own class is left alone)."""
    extended = type(f"Extended{base.__name__}", (base,),
                    {"_attribute_map": dict(base._attribute_map)})
    extended.enable_additional_properties_sending()
    return extended


# Where the SDK puts other models than the declared one: mentions and places among the
# entities, and accounts and attachments with additional properties.
VARIANTS: dict[str, list[type[Model]]] = {
    "Entity": [MODELS[name] for name in ("Entity", "Mention", "Place", "GeoCoordinates",
                                         "Thing")],
    "ChannelAccount": [MODELS["ChannelAccount"],
                       _with_additional_properties(MODELS["ChannelAccount"])],
    "Attachment": [MODELS["Attachment"], _with_additional_properties(MODELS["Attachment"])],
}


def _handled(type_name: Any) -> bool:
    if not isinstance(type_name, str):
        return False
    inner = type_name.strip("[]{}")
    return inner in FIELD_TYPES or inner in MODELS


# Models of the connector whose every field is of a kind the fast path handles: all that
# an Activity holds, every card, and most of the Teams models (FileConsentCard included).
CARDS = [kind for kind in MODELS.values()
         if all(_handled(field["type"]) for field in kind._attribute_map.values())]

texts = st.text(max_size=12) | st.sampled_from(["", "é", "日本語", "👍🏽", "\n\t\"\\", "\u2028"])
zones = st.none() | st.sampled_from([UTC, ZoneInfo("Europe/Amsterdam"), ZoneInfo("Asia/Kolkata"),
                                     timezone(timedelta(hours=-9, minutes=-30))])
datetimes = st.datetimes(datetime(1900, 1, 2), datetime(2100, 1, 1), timezones=zones)
scalars = (st.none() | st.booleans() | st.integers() | st.integers(-2**70, 2**70)
           | st.floats() | texts)
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(texts, inner, max_size=4), max_leaves=25)


def models_of(kind: type[Model], depth: int) -> st.SearchStrategy[Model]:
    fields = {attr: st.none() | values(field["type"], depth)
              for attr, field in kind._attribute_map.items() if attr != "additional_properties"}
    extra = st.just({})
    if "additional_properties" in kind._attribute_map:
        keys = texts | st.sampled_from([f["key"] for f in kind._attribute_map.values()])
        extra = st.none() | st.dictionaries(keys, json_values, max_size=4)
    return st.builds(_build, st.just(kind), st.fixed_dictionaries(fields), extra)


def _build(kind: type[Model], fields: dict[str, Any], extra: dict[str, Any] | None) -> Model:
    model = kind.__new__(kind)  # not kind(): some constructors take positional arguments
    model.additional_properties = extra
    for attr, value in fields.items():
        setattr(model, attr, value)
    return model


def values(type_name: str, depth: int) -> st.SearchStrategy[Any]:
    simple: dict[str, st.SearchStrategy[Any]] = {
        "str": texts | st.sampled_from(ENUM_MEMBERS), "int": st.integers(),
        "long": st.integers(), "bool": st.booleans(), "float": st.floats(),
        "iso-8601": datetimes, "object": objects(depth),
    }
    if type_name in simple:
        return simple[type_name]
    if type_name[0] == "[":
        return st.lists(st.none() | values(type_name[1:-1], depth), max_size=3)
    if type_name[0] == "{":
        return st.dictionaries(texts, st.none() | values(type_name[1:-1], depth), max_size=3)
    if depth == 0:
        return st.none()
    kinds = VARIANTS.get(type_name, [MODELS[type_name]])
    return st.one_of([st.deferred(lambda k=kind: models_of(k, depth - 1)) for kind in kinds])


def objects(depth: int) -> st.SearchStrategy[Any]:
    """Card content, channel data, values: JSON, or a model (a HeroCard as content), or JSON
    with models inside."""
    if depth == 0:
        return json_values
    model = st.sampled_from(CARDS).flatmap(lambda kind: models_of(kind, depth - 1))
    return json_values | model | st.dictionaries(texts, model | json_values, max_size=3)


def fields_of(model: Model) -> Any:
    """Every (model, attribute) pair in a model tree, the model itself first."""
    for attr in model._attribute_map:
        yield model, attr
        value = getattr(model, attr, None)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Model):
                yield from fields_of(item)


activities = models_of(MODELS["Activity"], depth=3)
parameters = models_of(MODELS["ConversationParameters"], depth=3)
# Values msrest accepts, coerces or refuses, placed where the fast path must not guess.
ODD_VALUES = [
    5, 2.5, True, "text", b"bytes", ("a", "b"), OrderedDict(a=1), UserDict(a=1), [("a", 1)],
    {1: "int key"}, {None: 1}, {True: 1}, Decimal("1.5"), datetime(2026, 1, 1).date(),
    timedelta(hours=1), datetime(2026, 1, 1, 12),
    datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1))),  # before year 1 in UTC
    "2026-01-02T03:04:05Z", "not a date", {"id": "a dict where a model goes"},
    [{"type": "mention"}], [None], "", ENUM_MEMBERS[0], [ENUM_MEMBERS[1]],
    {"key": ENUM_MEMBERS[2]}, {"when": datetime(2026, 1, 1, tzinfo=UTC)},
    MODELS["ChannelAccount"](id="x"), object.__new__(MODELS["Entity"]),
]
odd_values = st.sampled_from(ODD_VALUES)
