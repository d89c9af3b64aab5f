"""The Teams activity handler: it only routes. Who is talking → the dialogs; nothing else.

Every activity: refuse another tenant; identify the staff member (or refuse politely,
revealing nothing); remember where to reach them; run the dialogs; save the state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from botbuilder.core import (
    ConversationState,
    InvokeResponse,
    MessageFactory,
    StatePropertyAccessor,
    TurnContext,
)
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.dialogs import Dialog, DialogExtensions
from botbuilder.schema import ActivityTypes, ChannelAccount
from botbuilder.schema.teams import FileConsentCardResponse, TeamInfo

from bot.teams import message_action_invokes
from bot.teams.file_upload import FileDelivery
from bot.teams.identity import Identities, tenant_of
from bot.teams.references import ReferenceBook
from dialogs.common.commands import Command, help_lines
from dialogs.common.context import (
    STAFF_KEY,
    current_staff,
    is_personal_chat,
    language,
    submitted,
    typed_or_submitted_text,
)
from dialogs.message_action.action import MessageAction
from dialogs.texts import say
from dialogs.understanding.reader import may_show_student_data
from domain.roles import Role
from storage.seen_activities import SeenActivities

log = logging.getLogger(__name__)

# Activities after which we know (again) where to reach the user proactively.
_REACHABLE_AFTER = {ActivityTypes.message, ActivityTypes.conversation_update,
                    ActivityTypes.installation_update}


class LvsBot(TeamsActivityHandler):  # type: ignore[misc]
    def __init__(
        self,
        *,
        tenants: frozenset[str],
        app_id: str,
        identities: Identities,
        references: ReferenceBook,
        conversation_state: ConversationState,
        dialog: Dialog,
        commands: Callable[[], list[Command]],
        now: Callable[[], datetime],
        files: FileDelivery,
        seen: SeenActivities,
        message_action: MessageAction,
    ) -> None:
        self._tenants = tenants
        self._app_id = app_id
        self._identities = identities
        self._references = references
        self._conversation_state = conversation_state
        self._dialog_state: StatePropertyAccessor = conversation_state.create_property(
            "DialogState"
        )
        self._welcomed = conversation_state.create_property("Welcomed")
        self._dialog = dialog
        self._commands = commands
        self._now = now
        self._files = files
        self._seen = seen
        self._message_action = message_action

    async def on_turn(self, turn_context: TurnContext) -> None:
        if not self._from_our_tenant(turn_context):
            log.warning("refused an activity from another tenant")
            await self._refuse(turn_context)
            return
        staff = await self._identities.identify(turn_context)
        if staff is None:
            log.info("refused an activity from an unknown user")
            await self._refuse(turn_context)
            return
        turn_context.turn_state[STAFF_KEY] = staff
        if not await self._first_sighting(turn_context):
            log.info("ignored activity %s: processed before", turn_context.activity.id)
            return
        if turn_context.activity.type in _REACHABLE_AFTER:
            await self._references.remember(staff.id, turn_context, self._now())
        await super().on_turn(turn_context)
        await self._conversation_state.save_changes(turn_context)

    async def _first_sighting(self, turn_context: TurnContext) -> bool:
        """A message or card submit is processed once, however often it arrives.

        Recorded before processing: a resend that overtakes a slow first attempt must not run
        the dialog twice (a second form). The price: when the first attempt fails halfway, the
        user gets an error reply and types again, rather than Teams retrying for them."""
        activity = turn_context.activity
        if activity.type != ActivityTypes.message or not activity.id or not activity.conversation:
            return True
        return await self._seen.first_sighting(activity.conversation.id, activity.id, self._now())

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        TurnContext.remove_recipient_mention(turn_context.activity)  # "@lvsbot logboek …"
        if not is_personal_chat(turn_context) and self._needs_personal_chat(turn_context):
            await self._answer_in_personal_chat(turn_context)
            return
        await self.run_dialogs(turn_context)

    async def run_dialogs(self, turn_context: TurnContext) -> None:
        # Dialogs keep small per-conversation memory in it (dialogs/memory.py); the SDK
        # itself looks for the state under its class name.
        turn_context.turn_state[ConversationState.__name__] = self._conversation_state
        await DialogExtensions.run_dialog(self._dialog, turn_context, self._dialog_state)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse | None:
        if message_action_invokes.is_message_action(turn_context):
            return await message_action_invokes.answer(self._message_action, turn_context)
        return await super().on_invoke_activity(turn_context)

    async def on_teams_file_consent_accept(
        self, turn_context: TurnContext, file_consent_card_response: FileConsentCardResponse
    ) -> None:
        await self._files.accept(turn_context, file_consent_card_response)

    async def on_teams_file_consent_decline(
        self, turn_context: TurnContext, file_consent_card_response: FileConsentCardResponse
    ) -> None:
        await self._files.decline(turn_context, file_consent_card_response)

    def _needs_personal_chat(self, turn_context: TurnContext) -> bool:
        """A student's file, a signal or a task is never shown where others read along."""
        if submitted(turn_context):
            return True  # card clicks act on a student's file
        return may_show_student_data(typed_or_submitted_text(turn_context), self._commands())

    async def _answer_in_personal_chat(self, group_turn: TurnContext) -> None:
        staff = current_staff(group_turn)
        lang = language(group_turn)
        reference = await self._references.reference_for(staff.id)
        if reference is None:
            await group_turn.send_activity(say(lang, "OPEN_PERSONAL_CHAT"))
            return
        asked = group_turn.activity

        async def in_personal_chat(personal_turn: TurnContext) -> None:
            activity = personal_turn.activity
            activity.type, activity.text, activity.value = "message", asked.text, asked.value
            activity.locale, activity.from_property = asked.locale, asked.from_property
            personal_turn.turn_state[STAFF_KEY] = staff
            await personal_turn.send_activity(say(lang, "ANSWER_FROM_GROUP"))
            await self.run_dialogs(personal_turn)
            await self._conversation_state.save_changes(personal_turn)

        await group_turn.adapter.continue_conversation(reference, in_personal_chat, self._app_id)
        await group_turn.send_activity(say(lang, "ANSWERED_IN_PERSONAL_CHAT"))

    async def on_teams_members_added(
        self, members: list[ChannelAccount], team_info: TeamInfo, turn_context: TurnContext
    ) -> None:
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        if any(member.id == bot_id for member in members):
            await self._welcome_once(turn_context)

    async def _welcome_once(self, turn_context: TurnContext) -> None:
        # Teams announces an install with both installationUpdate and conversationUpdate, at
        # the same moment: only the conversationUpdate welcomes, so the two turns cannot race.
        if await self._welcomed.get(turn_context, False):
            return
        await self._welcomed.set(turn_context, True)
        staff = current_staff(turn_context)
        lang = language(turn_context)
        roles = ", ".join(role.label_in(lang) for role in sorted(staff.roles, key=_role_order))
        commands = help_lines(self._commands(), staff.roles, lang)
        text = say(lang, "WELCOME", name=staff.display_name.split(" ")[0], roles=roles,
                   commands=commands)
        await turn_context.send_activity(MessageFactory.text(text))

    def _from_our_tenant(self, turn_context: TurnContext) -> bool:
        """MicrosoftAppTenantId's tenants only (required with an app id; local development
        without one accepts any)."""
        return not self._tenants or tenant_of(turn_context) in self._tenants

    async def _refuse(self, turn_context: TurnContext) -> None:
        kind = turn_context.activity.type
        if message_action_invokes.is_message_action(turn_context):
            await message_action_invokes.refuse(turn_context)
        if kind == ActivityTypes.message or (
            kind == ActivityTypes.installation_update and turn_context.activity.action == "add"
        ):
            await turn_context.send_activity(say(language(turn_context), "NOT_ALLOWED"))


def _role_order(role: Role) -> int:
    return list(Role).index(role)
