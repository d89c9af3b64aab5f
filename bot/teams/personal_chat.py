"""Send one activity to the current user's personal chat with the bot, from any turn (a
message action in a group chat, say): the stored conversation, or a new 1:1 conversation,
which Teams opens when the app is installed for the user."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ChannelAccount, ConversationParameters

from bot.teams.references import ReferenceBook
from dialogs.common.context import current_staff

log = logging.getLogger(__name__)


class PersonalChats:
    def __init__(self, references: ReferenceBook, app_id: str,
                 now: Callable[[], datetime]) -> None:
        self._references, self._app_id, self._now = references, app_id, now

    async def send(self, turn: TurnContext, activity: Activity) -> bool:
        """True when Teams accepted it; failures are logged, never shown in the group."""
        staff_id = current_staff(turn).id
        delivered = False

        async def deliver(personal: TurnContext) -> None:
            nonlocal delivered
            try:
                await self._references.remember(staff_id, personal, self._now())
                await personal.send_activity(activity)
                delivered = True
            except Exception as error:  # noqa: BLE001 - not on_turn_error: it posts in the group
                log.warning("could not send to a personal chat: %s", type(error).__name__)

        reference = await self._references.reference_for(staff_id)
        try:
            if reference is not None:
                await turn.adapter.continue_conversation(reference, deliver, self._app_id)
            else:
                await turn.adapter.create_conversation(
                    self._app_id, deliver, _one_to_one(turn), "msteams",
                    turn.activity.service_url)
        except Exception as error:  # noqa: BLE001 - e.g. 403: the app is not installed
            log.warning("could not open a personal chat: %s", type(error).__name__)
        return delivered


def _one_to_one(turn: TurnContext) -> ConversationParameters:
    data = turn.activity.channel_data if isinstance(turn.activity.channel_data, dict) else {}
    tenant = (data.get("tenant") or {}).get("id")
    user = turn.activity.from_property
    return ConversationParameters(
        is_group=False, bot=turn.activity.recipient,
        members=[ChannelAccount(id=user.id, aad_object_id=user.aad_object_id)],
        tenant_id=tenant, channel_data={"tenant": {"id": tenant}} if tenant else None)
