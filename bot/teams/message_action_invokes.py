"""The message action's invokes in the handler: always answered with an InvokeResponse.

Under CloudAdapter a body returned from the SDK's typed handlers
(on_teams_messaging_extension_fetch_task...) does not reach Teams, so the handler answers
these in on_invoke_activity. A failure is answered in the task module too: the turn error
handler would post its apology into the group or channel the message came from.
"""

from __future__ import annotations

import logging

from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.schema import Activity, ActivityTypes

from bot.logs import error_summary
from bot.teams.turn_errors import _is_database_unavailable  # one rule for "database down"
from dialogs.common.context import language
from dialogs.message_action.action import FETCH, SUBMIT, MessageAction
from dialogs.message_action.task_card import message_task
from dialogs.texts import say

log = logging.getLogger(__name__)

MESSAGE_ACTION_INVOKES = frozenset({FETCH, SUBMIT})


def is_message_action(turn: TurnContext) -> bool:
    activity = turn.activity
    return activity.type == ActivityTypes.invoke and activity.name in MESSAGE_ACTION_INVOKES


async def answer(action: MessageAction, turn: TurnContext) -> InvokeResponse:
    try:
        body = await action.answer(turn)
    except Exception as error:  # noqa: BLE001 - answered below, logged without content
        down = _is_database_unavailable(error)
        # the type and place only: the message may quote a student's file
        log.error("message action failed: %s (activity %s)", error_summary(error),
                  turn.activity.id)
        body = message_task(say(language(turn), "TRY_LATER" if down else
                                "SOMETHING_WENT_WRONG"))
    return InvokeResponse(status=200, body=body)


async def refuse(turn: TurnContext) -> None:
    """Another tenant or an unknown user: a polite message in the task module."""
    body = message_task(say(language(turn), "NOT_ALLOWED"))
    await turn.send_activity(Activity(type=ActivityTypes.invoke_response,
                                      value=InvokeResponse(status=200, body=body)))
