"""bot/sdk_fast/incoming_activities.py reads each request body into the Activity that msrest's
`Activity().deserialize(body)` builds: the same classes, attributes, values and value types
(datetimes with the same tzinfo), the same additional properties in the same order, new
containers where msrest copies and the body's own where it does not; or the same error.
Teams' own bodies never reach msrest. The bodies are generated from the connector models'
own attribute maps (tests/unit/connector_models.py), serialized as the connector would."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from botbuilder.schema import Activity
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from msrest.serialization import Deserializer, Model, Serializer

from bot.sdk_fast.incoming_activities import FastDeserializer, activity_reader
from tests.support import teams
from tests.support.model_outcomes import by_msrest, msrest_reads, outcome
from tests.support.school import MENTOR
from tests.unit.connector_models import (
    CLIENT_MODELS,
    FIELD_KINDS,
    ODD_VALUES,
    activities,
    fields_of,
    json_values,
    odd_values,
    texts,
)

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])
FEWER = settings(SETTINGS, max_examples=100)
SCHEMA = Activity._infer_class_models()
JSON_SAMPLES = ["text", "", 5, -2**70, 1.5, float("nan"), True, False, None, [], {},
                {"id": "x"}, [1, "a", None, {"b": [2.5]}], "2026-11-22T10:00:00.1234567+01:00",
                "2026-11-22T10:00:00Z", "message"]


def _json_body(activity: Model) -> Any:
    """The JSON the connector would carry for this activity, each value of its field's type:
    additional properties named like a field (which would replace it) are left out."""
    for model, attr in fields_of(activity):
        if attr == "additional_properties" and model.additional_properties:
            known = {field["key"] for field in model._attribute_map.values()}
            model.additional_properties = {key: value for key, value
                                           in model.additional_properties.items()
                                           if key not in known}
    try:
        return json.loads(json.dumps(Serializer(CLIENT_MODELS).body(activity, "Activity")))
    except Exception:  # noqa: BLE001 - a model msrest cannot send is no body either
        return None


bodies = activities.map(_json_body).filter(lambda body: body is not None)


@SETTINGS
@given(body=bodies)
def test_every_body_gets_msrests_activity_without_msrest(body: dict[str, Any]) -> None:
    before = copy.deepcopy(body)
    with msrest_reads() as calls:
        read = outcome(activity_reader().read, body)
    assert calls == []
    assert body == before
    assert read == outcome(by_msrest, body)


# Timestamps as Teams spells them, and other spellings, valid or not.
fields = st.tuples(st.integers(0, 10_000), st.integers(0, 13), st.integers(0, 32),
                   st.integers(0, 25), st.integers(0, 61), st.integers(0, 61))
spelled = st.builds(
    lambda parts, t, fraction, zone: "{:04}-{:02}-{:02}{}{:02}:{:02}:{:02}".format(
        *parts[:3], t, *parts[3:]) + fraction + zone,
    fields, st.sampled_from("Tt "), st.just("") | st.from_regex(r"\A[.,][0-9]{0,9}\Z"),
    st.sampled_from(["Z", "z", "", "+01:00", "-09:30", "+00:00", "-00:00", "+14:00", "+23:59",
                     "+24:00", "+0100", "+01", "-1:00", " Z", "Z "]))
timestamps = spelled | st.from_regex(Deserializer.valid_date) | texts


@SETTINGS
@given(when=timestamps, local=timestamps)
# Years 1 and 9999 that leave (msrest refuses them) and stay within them in UTC.
@example(when="9999-12-31T23:59:59.5-01:00", local="0001-01-01T00:30:00+01:00")
@example(when="9999-12-31T23:59:59Z", local="0001-01-01T00:00:00-00:30")
def test_every_timestamp_gets_msrests_datetime_or_error(when: str, local: str) -> None:
    body = {"type": "message", "timestamp": when, "localTimestamp": local}
    assert outcome(activity_reader().read, body) == outcome(by_msrest, body)


@pytest.mark.parametrize("when", [
    "2026-11-22T10:00:00.1234567Z", "2026-11-22T10:00:00Z", "2026-11-22T11:00:00.1234567+01:00",
    "2026-03-29T01:59:59.9-09:30", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
])
def test_teams_timestamps_are_read_without_msrest(when: str) -> None:
    body = {"type": "message", "timestamp": when, "localTimestamp": when, "expiration": when}
    with msrest_reads() as calls:
        read = outcome(activity_reader().read, body)
    assert calls == [] and read == outcome(by_msrest, body)


@FEWER
@given(body=bodies, data=st.data())
def test_odd_values_anywhere_get_msrests_activity_or_error(body: dict[str, Any],
                                                           data: Any) -> None:
    container, key = data.draw(st.sampled_from(list(_places(body))))
    container[key] = data.draw(odd_values | json_values | st.sampled_from(JSON_SAMPLES)
                               | st.lists(odd_values, max_size=2)
                               | st.dictionaries(texts, odd_values, max_size=2))
    assert outcome(activity_reader().read, body) == outcome(by_msrest, body)


def _places(value: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key) in a JSON tree where a value can go, new keys included."""
    if type(value) is dict:
        yield value, "new key"
        for key, item in value.items():
            yield value, key
            yield from _places(item)
    elif type(value) is list:
        for index, item in enumerate(value):
            yield value, index
            yield from _places(item)


@pytest.mark.parametrize("body", [None, "", "text", '{"type": "message"}', b"{}", 5, [],
                                  [{"type": "message"}], *ODD_VALUES])
def test_bodies_that_are_no_object_get_msrests_result(body: Any) -> None:
    assert outcome(activity_reader().read, body) == outcome(by_msrest, body)


def _probe(kind: str = "str", **members: Any) -> type[Model]:
    return _model_of({"field": {"key": "field", "type": kind}}, **members)


def _model_of(attribute_map: dict[str, Any], **members: Any) -> type[Model]:
    return type("Probe", (Model,), {"_attribute_map": attribute_map, **members})


def _probe_outcomes(probe: type[Model], body: Any) -> tuple[Any, Any]:
    """Each reader reads its own copy: msrest takes a subtype's key out of the body."""
    dependencies = {**SCHEMA, "Probe": probe}
    return (outcome(FastDeserializer(dependencies, "Probe").read, copy.deepcopy(body)),
            outcome(lambda data: Deserializer(dependencies)("Probe", data),
                    copy.deepcopy(body)))


@pytest.mark.parametrize("kind", FIELD_KINDS)
def test_each_kind_of_field_with_any_value_gets_msrests_model_or_error(kind: str) -> None:
    """Each odd or JSON value, bare and inside a list and a dict, in a field of each kind."""
    probe = _probe(kind)
    for value in [*ODD_VALUES, *JSON_SAMPLES]:
        for shape in (value, [value], {"k": value}, [[value]], {"k": {"k": value}}):
            fast, stock = _probe_outcomes(probe, {"field": shape, "unknown": value})
            assert fast == stock, (kind, shape)


class _Positional(Model):  # type: ignore[misc]
    _attribute_map = {"field": {"key": "field", "type": "str"}}

    def __init__(self, field: str) -> None:
        super().__init__()
        self.field = field


class _Defaulting(Model):  # type: ignore[misc]
    _attribute_map = {"field": {"key": "field", "type": "str"},
                      "count": {"key": "count", "type": "int"}}

    def __init__(self, *, field: str | None = None, count: int | None = None) -> None:
        super().__init__()
        self.count = 0 if count is None else count
        self.field = (field or "").upper()


MODEL_SHAPES = {
    "validation rules": _probe(_validation={"field": {"required": True, "max_length": 2}}),
    "read-only field": _probe(_validation={"field": {"readonly": True}}),
    "subtypes": _probe(_subtype_map={"field": {"x": "Activity"}}),
    "XML": _probe(_xml_map={"name": "Probe"}),
    "flattened key": _model_of({"field": {"key": "outer.inner", "type": "str"}}),
    "escaped key": _model_of({"field": {"key": "outer\\.inner", "type": "str"}}),
    "empty key": _model_of({"field": {"key": "", "type": "str"}}),
    "one key twice": _model_of({"field": {"key": "field", "type": "str"},
                                "again": {"key": "field", "type": "str"}}),
    "additional properties as a field": _model_of({
        "field": {"key": "field", "type": "str"},
        "additional_properties": {"key": "extra", "type": "{object}"}}),
    "additional properties sent": _model_of({
        "field": {"key": "field", "type": "str"},
        "additional_properties": {"key": "", "type": "{object}"}}),
    "positional constructor": _Positional,
    "constructor with defaults": _Defaulting,
}


@pytest.mark.parametrize("name", MODEL_SHAPES)
@pytest.mark.parametrize("body", [
    {"field": "x"}, {"field": "toolong", "other": [1]}, {}, {"outer": {"inner": "y"}},
    {"outer.inner": "z", "outer\\.inner": "w"}, {"extra": {"a": 1}, "": "empty"},
    {"field": None, "count": 3}, {"field": 5},
])
def test_every_shape_of_model_gets_msrests_model_or_error(name: str, body: Any) -> None:
    fast, stock = _probe_outcomes(MODEL_SHAPES[name], body)
    assert fast == stock


SERVICE = "https://smba.trafficmanager.net/emea/"
TEAMS_MESSAGE = {
    "text": "<at>lvsbot</at> logboek Jan de Vries", "textFormat": "plain",
    "attachments": [{"contentType": "text/html",
                     "content": "<div><div><span itemscope=\"\" itemtype=\"http://schema.skype"
                                ".com/Mention\" itemid=\"0\">lvsbot</span> logboek</div></div>"}],
    "type": "message", "timestamp": "2026-11-22T10:00:00.1234567Z",
    "localTimestamp": "2026-11-22T11:00:00.1234567+01:00", "id": "1763805600123",
    "channelId": "msteams", "serviceUrl": SERVICE,
    "from": {"id": "29:1AbC", "name": "Marieke Jansen", "aadObjectId": "0f1e2d3c-aaaa"},
    "conversation": {"isGroup": True, "conversationType": "channel", "tenantId": "tenant-1",
                     "id": "19:abc@thread.tacv2;messageid=1763805600123"},
    "recipient": {"id": "28:lvsbot", "name": "lvsbot"},
    "entities": [{"mentioned": {"id": "28:lvsbot", "name": "lvsbot"},
                  "text": "<at>lvsbot</at>", "type": "mention"},
                 {"locale": "nl-NL", "country": "NL", "platform": "Web",
                  "timezone": "Europe/Amsterdam", "type": "clientInfo"}],
    "channelData": {"teamsChannelId": "19:abc@thread.tacv2", "teamsTeamId": "19:team",
                    "channel": {"id": "19:abc@thread.tacv2"}, "team": {"id": "19:team"},
                    "tenant": {"id": "tenant-1"}},
    "locale": "nl-NL", "localTimezone": "Europe/Amsterdam",
}
CARD_SUBMIT = {**teams.message(MENTOR, SERVICE, value={"action": "details", "entry": 17,
                                                      "filters": ["let-op", None]}),
               "replyToId": "1763805600000"}
REACTION = {**teams.base("messageReaction", MENTOR, SERVICE),
            "reactionsAdded": [{"type": "like"}], "replyToId": "1763805600000"}
TEAMS_BODIES = [
    teams.message(MENTOR, SERVICE, "help"),
    teams.message(MENTOR, SERVICE, "<at>lvsbot</at> logboek Jan", conversation_type="groupChat"),
    teams.installation(MENTOR, SERVICE), teams.bot_added(MENTOR, SERVICE),
    teams.file_consent(MENTOR, SERVICE, "accept", {"entry": 1}, "https://up", "a.pdf"),
    teams.file_consent(MENTOR, SERVICE, "decline", {"entry": 1}),
    TEAMS_MESSAGE, CARD_SUBMIT, REACTION,
]


@pytest.mark.parametrize("body", TEAMS_BODIES)
def test_teams_bodies_are_read_without_msrest(body: dict[str, Any]) -> None:
    with msrest_reads() as calls:
        read = outcome(activity_reader().read, body)
    assert calls == []
    assert read == outcome(by_msrest, body)


def test_unknown_keys_keep_the_bodys_values_and_a_known_absent_field_is_none() -> None:
    body = copy.deepcopy(TEAMS_MESSAGE)
    activity = activity_reader().read(body)
    mention, client = activity.entities
    assert mention.additional_properties["mentioned"] is body["entities"][0]["mentioned"]
    assert client.additional_properties["timezone"] == "Europe/Amsterdam"
    assert activity.channel_data == body["channelData"]
    assert activity.channel_data is not body["channelData"]  # a copy, as msrest makes
    assert activity.from_property.additional_properties == {}
    assert activity.value is None and activity.reply_to_id is None
