"""bot.sdk_fast.state_codec writes and reads exactly jsonpickle's documents, so stored state stays
readable by the previous release and documents it wrote still load."""

from __future__ import annotations

from typing import Any
from unittest import mock

import jsonpickle
import pytest
from botbuilder.core import StoreItem
from botbuilder.dialogs import DialogInstance, DialogState
from hypothesis import given
from hypothesis import strategies as st

from bot.sdk_fast import state_codec
from bot.sdk_fast.state_codec import decode, encode, encode_plain

# What main (jsonpickle) stored after `nieuw formulier`: the student question is open.
ASKING_STUDENT = (
    '{"DialogState": {"py/object": "botbuilder.dialogs.dialog_state.DialogState", '
    '"_dialog_stack": [{"py/object": "botbuilder.dialogs.dialog_instance.DialogInstance", '
    '"id": "MainDialog", "state": {"dialogs": {"py/object": '
    '"botbuilder.dialogs.dialog_state.DialogState", "_dialog_stack": [{"py/object": '
    '"botbuilder.dialogs.dialog_instance.DialogInstance", "id": "add_form", "state": '
    '{"dialogs": {"py/object": "botbuilder.dialogs.dialog_state.DialogState", '
    '"_dialog_stack": [{"py/object": "botbuilder.dialogs.dialog_instance.DialogInstance", '
    '"id": "answer", "state": {"step": "_ask_student"}}, {"py/object": '
    '"botbuilder.dialogs.dialog_instance.DialogInstance", "id": "steps", "state": '
    '{"options": {"args": "", "submitted": {}}, "values": {"draft_id": '
    '"5295fc52-119e-44c8-b234-68321c5b57a0", "trail": [0]}, "instanceId": '
    '"2df66d9c-e67a-11f1-88a7-02fc00000001", "stepIndex": 0}}]}}}, {"py/object": '
    '"botbuilder.dialogs.dialog_instance.DialogInstance", "id": "route", "state": '
    '{"options": null, "values": {}, "instanceId": "2df6673e-e67a-11f1-88a7-02fc00000001", '
    '"stepIndex": 0}}]}}}]}, "LastLogbook": {"student": "100001", "filters": {"urgent": '
    'false, "absence": false, "expired": false, "year": null}, "page": 1, "pages": 1, '
    '"entries": ["1fca7da2-7744-401a-aaa4-5fe0a0f09780"]}}'
)


def jsonpickled(item: Any) -> str:
    """The previous release's encoding (state_storage.py before sdk_fast.state_codec)."""
    if isinstance(item, dict):
        item = {key: value for key, value in item.items() if key != "e_tag"}
    return str(jsonpickle.encode(item, unpicklable=True, make_refs=False))


class Note(StoreItem):  # type: ignore[misc]
    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.text = text


def _dialog_state(stack: list[DialogInstance]) -> DialogState:
    return DialogState(stack)


def _instance(name: str, state: Any) -> DialogInstance:
    return DialogInstance(id=name, state=state)


_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_UNUSUAL = (st.frozensets(st.integers(), max_size=2) | st.sets(st.integers(), max_size=2)
            | st.builds(Note, st.text(max_size=5)))
_KEYS = st.text(max_size=8) | st.sampled_from(["py/object", "py/tuple", "json://1", "e_tag"])


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return (st.lists(children, max_size=4)
            | st.lists(children, max_size=3).map(tuple)
            | st.dictionaries(_KEYS, children, max_size=4)
            | st.dictionaries(st.integers(), children, max_size=2)
            | st.builds(_instance, st.text(max_size=8), st.dictionaries(_KEYS, children,
                                                                         max_size=3))
            | st.builds(_dialog_state, st.lists(st.builds(_instance, st.text(max_size=8),
                                                          children), max_size=3)))


STATES = st.recursive(_SCALARS, _containers, max_leaves=25)
MOSTLY_PLAIN = st.recursive(_SCALARS | _UNUSUAL, _containers, max_leaves=25)


@given(st.dictionaries(_KEYS, STATES, max_size=4))
def test_a_state_is_written_exactly_as_jsonpickle_writes_it(state: dict[str, Any]) -> None:
    assert encode(state) == jsonpickled(state)


_PLAIN_KEYS = st.text(max_size=8).filter(
    lambda key: not key.startswith(("py/", "json://")) and key != "e_tag")


def _plain_containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return (st.lists(children, max_size=4)
            | st.lists(children, max_size=3).map(tuple)
            | st.dictionaries(_PLAIN_KEYS, children, max_size=4)
            | st.builds(_instance, st.text(max_size=8),
                        st.dictionaries(_PLAIN_KEYS, children, max_size=3))
            | st.builds(_dialog_state, st.lists(st.builds(_instance, st.text(max_size=8),
                                                          children), max_size=3)))


DIALOG_STATES = st.dictionaries(_PLAIN_KEYS, st.recursive(_SCALARS, _plain_containers,
                                                          max_leaves=25), max_size=4)


@given(DIALOG_STATES)
def test_what_dialog_state_holds_is_written_and_read_by_the_fast_path_itself(
        state: dict[str, Any]) -> None:
    """The comparisons above hold trivially if the fast path hands everything to jsonpickle;
    here jsonpickle is out of reach, so its side is really jsonpickle's and ours really ours."""
    expected = jsonpickled(state)
    with mock.patch.object(state_codec, "jsonpickle", None):
        assert encode_plain(state) == expected
        assert encode(decode(expected)) == expected


@given(MOSTLY_PLAIN)
def test_what_the_fast_path_does_not_know_is_left_to_jsonpickle(value: Any) -> None:
    assert encode(value) == jsonpickled(value)


@given(st.dictionaries(_KEYS, MOSTLY_PLAIN, max_size=4))
def test_a_document_reads_back_as_jsonpickle_reads_it(state: dict[str, Any]) -> None:
    document = jsonpickled(state)
    assert jsonpickled(decode(document)) == jsonpickled(jsonpickle.decode(document))


def test_a_dialog_stored_by_the_previous_release_loads_and_is_written_unchanged() -> None:
    state = decode(ASKING_STUDENT)
    main = state["DialogState"].dialog_stack[0]
    add_form = main.state["dialogs"].dialog_stack[0].state["dialogs"]
    assert isinstance(main, DialogInstance) and isinstance(add_form, DialogState)
    assert [d.id for d in add_form.dialog_stack] == ["answer", "steps"]
    assert add_form.dialog_stack[1].state["values"]["trail"] == [0]
    assert encode(state) == ASKING_STUDENT


def test_the_etag_is_not_part_of_the_document() -> None:
    assert encode({"n": 1, "e_tag": "abc"}) == '{"n": 1}'


@pytest.mark.parametrize("document", [
    '{"a": {"py/tuple": [1, 2]}, "b": {"py/set": [3]}}',
    '{"d": {"py/object": "botbuilder.dialogs.dialog_instance.DialogInstance", "__x": 1}}',
    '{"n": {"py/object": "tests.unit.test_state_codec.Note", "text": "x", "e_tag": "*"}}',
    '{"p": {"py/object": "botbuilder.dialogs.prompts.PromptOptions", "prompt": null}}',
    '[{"py/object": "botbuilder.dialogs.dialog_state.DialogState", "_dialog_stack": []}, 1]',
])
def test_an_unusual_document_reads_back_as_jsonpickle_reads_it(document: str) -> None:
    assert jsonpickled(decode(document)) == jsonpickled(jsonpickle.decode(document))
