"""The JSON body of each request to the Bot Connector, built without msrest's generic walk.

The connector client turns every activity it sends into a dict with msrest's
`Serializer.body(activity, "Activity")`. That call first re-deserializes the model in place,
then validates it, then walks it through `serialize_data`, which for every value of an
Adaptive Card's `content` (type "object") runs a chain of type tests, kwargs copies and
try blocks: in py-spy, 10 % of a `logboek` turn's CPU and 9 % of a `help` turn's (this
module: about 1 %).

`FastBodySerializer.body` builds the same dict directly: the same keys, in the same order,
with the same values and types, so that json.dumps in the pipeline sends the same text. It
does so only for values whose handling is certain, and hands everything else to msrest:

- models: msrest `Model`s, not XML, without `_validation` rules, keyed by plain names;
- "str" fields: a str, or an Enum member (msrest sends its `.value`); "int", "long", "bool",
  "float": exactly that type; "iso-8601": a datetime, formatted by msrest's own `serialize_iso`;
- "[T]" and "{T}": a list and a dict with str keys (None items stay None, as in msrest);
- "object" (card content, channel data, values): None, str, int, float, bool, dicts with
  str keys, lists and models, nested freely.

Anything else (a dict where a model belongs, a tuple, a datetime inside a card, an enum
inside a dict, an unknown type name, extra kwargs) goes to `Serializer.body` unchanged, and
so does every error: msrest then raises its own.

Validation: `body` validates before serializing. Every model of the connector (Activity and
all it holds) has an empty `_validation`, and the fast path refuses any model that has rules,
so the only checks left are msrest's type coercions of basic fields and its list and dict
tests; a value the fast path accepts passes all of them (tests/unit/test_request_bodies.py).
The re-deserialization changes nothing in what is sent for such values: it only replaces the
model lists and dicts of the activity (for a send, TurnContext's deep copy) with equal ones.
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Any

from msrest.serialization import Model, Serializer, full_restapi_key_transformer

from bot.sdk_fast.msrest_walk import Handler, TypeWalk, Unsupported, exactly, refuse


def _string(value: Any) -> Any:
    if type(value) is str:
        return value
    return value.value if isinstance(value, Enum) else refuse(value)


def _datetime(value: Any) -> Any:
    return Serializer.serialize_iso(value) if type(value) is datetime.datetime else refuse(value)


class FastBodySerializer(TypeWalk):
    """The client's msrest Serializer, with a fast `body` for models; all else is the stock's."""

    def __init__(self, stock: Serializer) -> None:
        self.stock = stock
        super().__init__(stock.dependencies, {
            "str": _string, "int": exactly(int), "long": exactly(int), "bool": exactly(bool),
            "float": exactly(float), "iso-8601": _datetime,
        })

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stock, name)

    def body(self, data: Any, data_type: str, **kwargs: Any) -> Any:
        if not kwargs and self._takes(data, data_type):
            try:
                return self._model(data)
            except Exception:  # noqa: BLE001 - msrest decides, and raises its own error
                pass
        return self.stock.body(data, data_type, **kwargs)

    def _takes(self, data: Any, data_type: str) -> bool:
        stock = self.stock
        model_class = stock.dependencies.get(data_type)
        return (isinstance(model_class, type) and issubclass(model_class, Model)
                and isinstance(data, Model)
                and stock.key_transformer is full_restapi_key_transformer)

    def _model_handler(self, model_class: type[Model]) -> Handler:
        return self._model  # msrest serializes a model by its own class's attribute map

    def _other_object(self, value: Any) -> Any:
        return self._model(value)  # a card model as an attachment's content

    def _model(self, model: Any) -> dict[str, Any]:
        if not isinstance(model, Model) or model._validation or model.is_xml_model():
            raise Unsupported(type(model).__name__)
        out: dict[str, Any] = {}
        for attr, description in model._attribute_map.items():
            key = description["key"]
            if attr == "additional_properties" and key == "":
                # Sent as they are, unserialized, as msrest does.
                if model.additional_properties is not None:
                    out.update(model.additional_properties)
                continue
            value = getattr(model, attr)
            if value is None:
                continue
            if not key or "." in key:  # flattened or escaped keys: msrest's own business
                raise Unsupported(key)
            # setdefault: msrest keeps the first value written to a key.
            out.setdefault(key, self.handler(description["type"])(value))
        return out


def serialize_bodies_fast(client: Any) -> bool:
    """Give a ConnectorClient's operation groups the fast serializer; False (and the client
    left as it is) when its serializer is not msrest's."""
    stock = getattr(client, "_serialize", None)
    if type(stock) is not Serializer:
        return False
    fast = FastBodySerializer(stock)
    for group in (client.conversations, client.attachments):
        if group._serialize is stock:
            group._serialize = fast
    return True
