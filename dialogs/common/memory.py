"""Small per-conversation memory that outlives one dialog (e.g. the logbook page shown last).

The handler puts the ConversationState in turn_state under its class name (the SDK's own
convention); values must be JSON primitives, as the state is stored with jsonpickle.
"""

from __future__ import annotations

from typing import Any

from botbuilder.core import ConversationState, TurnContext


def _state(turn: TurnContext) -> ConversationState:
    state = turn.turn_state.get(ConversationState.__name__)
    if state is None:
        raise LookupError("the turn carries no ConversationState")
    return state  # type: ignore[no-any-return]


async def recall(turn: TurnContext, name: str) -> Any:
    return await _state(turn).create_property(name).get(turn, None)


async def remember(turn: TurnContext, name: str, value: Any) -> None:
    await _state(turn).create_property(name).set(turn, value)
