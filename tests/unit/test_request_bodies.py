"""sdk_fast/request_bodies.py builds the body msrest's `Serializer.body` builds, for every model
the connector can send: same dict (same keys in the same order, same value types), same JSON
text, the same errors. The models are generated from the connector's own attribute maps."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from msrest.exceptions import ValidationError
from msrest.serialization import Model, Serializer

from bot.sdk_fast.request_bodies import FastBodySerializer, serialize_bodies_fast
from tests.support.model_outcomes import no_addresses
from tests.unit.connector_models import (
    CLIENT_MODELS,
    FIELD_KINDS,
    MODELS,
    ODD_VALUES,
    activities,
    fields_of,
    odd_values,
    parameters,
    texts,
)

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FEWER = settings(SETTINGS, max_examples=100)


class CountingSerializer(Serializer):  # type: ignore[misc]
    """msrest's Serializer, counting the bodies it had to build itself."""

    def __init__(self) -> None:
        super().__init__(CLIENT_MODELS)
        self.bodies = 0

    def body(self, data: Any, data_type: str, **kwargs: Any) -> Any:
        self.bodies += 1
        return super().body(data, data_type, **kwargs)


def outcome(serialize: Any, model: Model, data_type: str) -> tuple[str, ...]:
    """What the pipeline would send (the dict, exactly, and its json.dumps), or the error.
    Each side gets its own copy of the model, so addresses in reprs are left out."""
    try:
        body = serialize(copy.deepcopy(model), data_type)
    except Exception as error:  # noqa: BLE001 - the error is the outcome to compare
        return ("raised", type(error).__name__, no_addresses(str(error)))
    try:
        text = json.dumps(body)
    except (TypeError, ValueError) as error:
        text = f"json.dumps raised {error}"
    return ("built", no_addresses(repr(body)), no_addresses(text))


@SETTINGS
@given(activity=activities)
def test_every_activity_gets_the_body_msrest_builds(activity: Model) -> None:
    stock = CountingSerializer()
    fast = FastBodySerializer(stock)
    assert outcome(fast.body, activity, "Activity") == outcome(stock.body, activity, "Activity")
    assert stock.bodies == 1  # only the comparison: the fast path built its own


@FEWER
@given(conversation=parameters)
def test_every_new_conversation_gets_the_body_msrest_builds(conversation: Model) -> None:
    stock = CountingSerializer()
    fast = FastBodySerializer(stock)
    assert (outcome(fast.body, conversation, "ConversationParameters")
            == outcome(stock.body, conversation, "ConversationParameters"))
    assert stock.bodies == 1


@FEWER
@given(activity=activities, data=st.data())
def test_odd_values_anywhere_get_msrests_body_or_error(activity: Model, data: Any) -> None:
    model, attr = data.draw(st.sampled_from(list(fields_of(activity))))
    setattr(model, attr, data.draw(odd_values | st.lists(odd_values, max_size=2)
                                   | st.dictionaries(texts, odd_values, max_size=2)))
    stock = Serializer(CLIENT_MODELS)
    assert (outcome(FastBodySerializer(stock).body, activity, "Activity")
            == outcome(stock.body, activity, "Activity"))


@FEWER
@given(activity=activities)
def test_msrests_own_pass_leaves_the_activity_as_it_was(activity: Model) -> None:
    """msrest re-deserializes the model in place before serializing it; the fast path does
    not. For the models it takes, that pass changes nothing (equal lists, same values)."""
    before = copy.deepcopy(activity)
    Serializer(CLIENT_MODELS).body(activity, "Activity")
    assert activity == before


@pytest.mark.parametrize("kind", FIELD_KINDS)
def test_each_kind_of_field_with_any_value_gets_msrests_body_or_error(kind: str) -> None:
    """Each odd value, bare and inside a list and a dict, in a field of each kind."""
    probe = type("Probe", (Model,), {"_attribute_map": {"field": {"key": "field",
                                                                  "type": kind}}})
    stock = Serializer({**CLIENT_MODELS, "Probe": probe})
    for value in ODD_VALUES:
        for shape in (value, [value], {"k": value}, [[value]], {"k": {"k": value}}):
            model = probe()
            model.field = shape
            assert (outcome(FastBodySerializer(stock).body, model, "Probe")
                    == outcome(stock.body, model, "Probe")), (kind, shape)


def test_no_connector_model_has_validation_rules() -> None:
    """Why skipping msrest's validation is safe: it has nothing to check but types, and the
    fast path refuses any model with rules (next test) and any value of another type."""
    assert {name: kind._validation for name, kind in MODELS.items() if kind._validation} == {}


@pytest.mark.parametrize("account_id", [None, "", "far too long"])
def test_a_model_with_validation_rules_is_validated_by_msrest(account_id: str | None) -> None:
    class Strict(MODELS["ChannelAccount"]):  # type: ignore[misc]
        _validation = {"id": {"required": True, "min_length": 1, "max_length": 5}}

    activity = MODELS["Activity"](type="message", from_property=Strict(id=account_id))
    fast = FastBodySerializer(Serializer(CLIENT_MODELS))
    with pytest.raises(ValidationError) as raised:
        fast.body(activity, "Activity")
    assert raised.value.target == "Strict.id"


def test_other_bodies_and_options_go_to_msrest() -> None:
    stock = CountingSerializer()
    fast = FastBodySerializer(stock)
    activity = MODELS["Activity"](type="message", text="hoi")
    assert fast.body({"type": "message"}, "Activity") == {"type": "message"}
    assert fast.body(activity, "Activity", keep_readonly=True) == {"type": "message",
                                                                   "text": "hoi"}
    assert fast.body(["a"], "[str]") == ["a"]
    with pytest.raises(ValidationError):
        fast.body(None, "Activity")
    assert stock.bodies == 4


async def test_the_connector_client_uses_it_for_every_body_and_msrest_for_the_rest() -> None:
    client = ConnectorClient(MicrosoftAppCredentials("", ""), base_url="http://127.0.0.1:9/")
    assert serialize_bodies_fast(client)
    fast = client.conversations._serialize
    assert isinstance(fast, FastBodySerializer) and client.attachments._serialize is fast
    assert fast.stock is client._serialize
    assert fast.url("conversation_id", "a:1", "str") == "a%3A1"
    assert fast.header("id", "x", "str") == "x"
    assert not serialize_bodies_fast(object())
