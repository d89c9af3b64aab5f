"""DocumentConversationState keeps the SDK's ConversationState behaviour: a save writes only a
changed state, eTags guard the write, and state moves freely between it and the SDK's class."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from botbuilder.core import ConversationState, TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.dialogs import DialogInstance, DialogState
from botbuilder.schema import Activity, ConversationAccount
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.sdk_fast.conversation_state import DocumentConversationState
from bot.sdk_fast.state_codec import FAST
from bot.teams.state_storage import SqlStorage
from storage.database import session_factory
from storage.state_documents import ETagConflict, StateDocuments


class CountingDocuments(StateDocuments):
    """The real documents, counting the writes that reach the database."""

    writes = 0

    async def write(self, changes: Mapping[str, tuple[str | None, str]]) -> dict[str, str]:
        self.writes += 1
        return await super().write(changes)


@pytest.fixture
def documents(engine: AsyncEngine) -> CountingDocuments:
    return CountingDocuments(session_factory(engine))


@pytest.fixture
def state(documents: CountingDocuments) -> DocumentConversationState:
    return DocumentConversationState(SqlStorage(documents, FAST))


def new_turn() -> TurnContext:
    activity = Activity(type="message", channel_id="msteams",
                        conversation=ConversationAccount(id="a:personal-1"))
    return TurnContext(TestAdapter(), activity)


async def save_twice(state: ConversationState, turn: TurnContext) -> None:
    """As a turn does: the dialogs save, then the handler."""
    await state.save_changes(turn)
    await state.save_changes(turn)


async def test_a_changed_state_saved_twice_in_a_turn_is_written_once(
    state: DocumentConversationState, documents: CountingDocuments,
) -> None:
    turn = new_turn()
    await state.create_property("Page").set(turn, {"page": 2})
    await save_twice(state, turn)
    assert documents.writes == 1
    assert await state.create_property("Page").get(new_turn()) == {"page": 2}


async def test_a_turn_that_changes_nothing_writes_nothing(
    state: DocumentConversationState, documents: CountingDocuments,
) -> None:
    first = new_turn()
    await state.create_property("Dialog").set(first, DialogState([DialogInstance("x", {})]))
    await save_twice(state, first)
    second = new_turn()
    assert (await state.create_property("Dialog").get(second)).dialog_stack[0].id == "x"
    await save_twice(state, second)
    assert documents.writes == 1


async def test_a_forced_save_and_a_cleared_state_are_written(
    state: DocumentConversationState, documents: CountingDocuments,
) -> None:
    turn = new_turn()
    await state.create_property("Page").set(turn, {"page": 1})
    await state.save_changes(turn)
    await state.save_changes(turn, force=True)
    await state.clear_state(turn)
    await state.save_changes(turn)
    assert documents.writes == 3
    assert await state.create_property("Page").get(new_turn()) is None


async def test_two_turns_that_read_the_same_state_cannot_both_write_it(
    state: DocumentConversationState,
) -> None:
    earlier = new_turn()
    await state.create_property("Page").set(earlier, 0)
    await state.save_changes(earlier)
    first, second = new_turn(), new_turn()
    await state.create_property("Page").get(first)
    await state.create_property("Page").get(second)
    await state.create_property("Page").set(first, 1)
    await state.save_changes(first)
    await state.create_property("Page").set(second, 2)
    with pytest.raises(ETagConflict):
        await state.save_changes(second)


async def test_state_moves_between_the_sdks_class_and_this_one(
    state: DocumentConversationState, documents: CountingDocuments,
) -> None:
    sdk = ConversationState(SqlStorage(documents, FAST))
    turn = new_turn()
    await sdk.create_property("Dialog").set(turn, DialogState([DialogInstance("x", {"n": 1})]))
    await sdk.save_changes(turn)
    ours = new_turn()
    dialog = await state.create_property("Dialog").get(ours)
    await save_twice(state, ours)
    assert documents.writes == 1  # loaded unchanged: the same document, nothing to write
    dialog.dialog_stack[0].state["n"] = 2
    await state.save_changes(ours)
    read_back = await sdk.create_property("Dialog").get(new_turn())
    assert read_back.dialog_stack[0].state == {"n": 2}
