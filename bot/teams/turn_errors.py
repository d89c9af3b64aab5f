"""When a turn fails: log it, tell the user in plain words, and start their conversation afresh."""

from __future__ import annotations

import logging

from botbuilder.core import ConversationState, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from bot.logs import error_summary
from dialogs.texts import language_of, say

log = logging.getLogger(__name__)


def install_turn_error_handler(adapter: CloudAdapter, state: ConversationState) -> None:
    async def on_turn_error(turn: TurnContext, error: Exception) -> None:
        database_down = _is_database_unavailable(error)
        activity = turn.activity.id
        if database_down:
            log.error("database unavailable during a turn: %s (activity %s)",
                      type(error).__name__, activity)
        else:  # the type and place only: the message may quote a student's file
            log.error("a turn failed: %s (activity %s)", error_summary(error), activity)
        key = "TRY_LATER" if database_down else "SOMETHING_WENT_WRONG"
        try:
            await turn.send_activity(say(language_of(turn.activity.locale), key))
            if not database_down:
                await _forget_conversation(turn, state)  # a broken dialog must not trap anyone
        except Exception as failed:  # noqa: BLE001 - the user cannot be reached either
            log.error("could not tell the user about the failed turn: %s",
                      error_summary(failed))

    adapter.on_turn_error = on_turn_error


def _is_database_unavailable(error: BaseException) -> bool:
    if isinstance(error, InterfaceError | ConnectionError | OSError | TimeoutError):
        return True
    if isinstance(error, OperationalError) and _sqlite_busy(error):
        return True  # another program held SQLite's write lock past the timeout
    return isinstance(error, DBAPIError) and error.connection_invalidated


def _sqlite_busy(error: OperationalError) -> bool:
    message = str(error.orig).lower()
    return "database is locked" in message or "database is busy" in message


async def _forget_conversation(turn: TurnContext, state: ConversationState) -> None:
    """Delete the stored state of this conversation, whether or not the turn had loaded it
    (ConversationState.delete raises when it had not)."""
    turn.turn_state.pop(state._context_service_key, None)  # noqa: SLF001 - the SDK's cache key
    await state._storage.delete([state.get_storage_key(turn)])  # noqa: SLF001
