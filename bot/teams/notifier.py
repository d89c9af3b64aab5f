"""The domain's Notifier in Teams: one claimed outbox message → one card in a personal chat.

The SDK neither retries a 429/5xx nor lets a failed send reach us: an exception in the
callback goes to on_turn_error, which would even message the user. So the callback
catches the error itself and reports what happened; a row is marked sent only when the
send returned without one.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationParameters

from bot.teams.graph_chats import GRAPH_FAILURES, GraphChats
from bot.teams.rate_limiter import RateLimiter
from bot.teams.references import ReferenceBook
from dialogs.tasks.prompt_card import prompt_activity
from dialogs.texts import language_of
from domain.absence.protocol import Protocol
from domain.notify.outbox import ClaimedMessage, MessageKind, Outcome, SendResult
from domain.notify.prompt import Prompt
from domain.ports import UnitOfWork

log = logging.getLogger(__name__)
Callback = Callable[[TurnContext], Awaitable[None]]


class TeamsNotifier:
    def __init__(self, *, adapter: CloudAdapter, app_id: str, tenant_id: str,
                 references: ReferenceBook, uow: Callable[[], UnitOfWork],
                 limiter: RateLimiter, now: Callable[[], datetime],
                 protocol: Protocol, service_url: str = "",
                 graph: GraphChats | None = None) -> None:
        self._adapter, self._app_id, self._tenant_id = adapter, app_id, tenant_id
        self._references, self._uow, self._limiter = references, uow, limiter
        self._now, self._service_url, self._graph = now, service_url, graph
        self._protocol = protocol  # its English for the actions on English readers' cards

    async def send(self, message: ClaimedMessage) -> SendResult:
        reference = await self._references.reference_for(message.staff_id)
        graph = self._graph if reference is None else None  # no chat yet: install the app
        installed = graph is not None
        if graph is not None:
            try:
                reference = await graph.reference_for(message.staff_id)
            except GRAPH_FAILURES as error:
                return refused(error)
            if reference is None:
                return SendResult(Outcome.UNREACHABLE, error="no Teams user to install for")
        if reference is None:
            return await self._open_and_send(message)
        activity = self.render(message, reference.locale)
        if activity is None:
            return SendResult(Outcome.SENT)
        result = SendResult(Outcome.RETRY, error="the callback did not run")

        async def send(turn: TurnContext) -> None:
            nonlocal result
            await self._limiter.acquire(reference.conversation.id)  # right before the POST
            result = await send_in(turn, activity)
            if installed and result.outcome is Outcome.SENT:  # the next prompt goes straight
                await self._references.remember(message.staff_id, turn, self._now())

        try:
            await self._adapter.continue_conversation(reference, send, self._app_id)
        except Exception as error:  # noqa: BLE001 - e.g. no token: tried again later
            return refused(error)
        return result

    def render(self, message: ClaimedMessage, locale: str | None) -> Activity | None:
        payloads = message.items if message.kind is MessageKind.DIGEST else (message.payload,)
        prompts = [Prompt.from_json(payload) for payload in payloads]
        if not prompts:
            return None
        return prompt_activity(prompts, language_of(locale), message.id, self._now().date(),
                               self._protocol, digest=message.kind is MessageKind.DIGEST)

    async def _open_and_send(self, message: ClaimedMessage) -> SendResult:
        """No chat yet: open one (possible only when the app is installed for the user)."""
        parameters, service_url = await self._new_conversation(message.staff_id)
        if await self._references.reference_for(message.staff_id) is not None:
            # Their chat opened while we looked (e.g. the Playground's page): send there.
            return SendResult(Outcome.RETRY, error="a chat opened meanwhile")
        if not service_url or not self._tenant_id:
            # Nobody has reached the bot yet (a new installation; the Playground before its
            # page opens), or local development (no tenant: no chat can be opened): the
            # person may still open a chat. Try again later (with backoff), not give up yet.
            return SendResult(Outcome.RETRY, error="no conversation yet, none can be opened")
        if parameters is None:
            return SendResult(Outcome.UNREACHABLE, error="no conversation and no way to open one")
        activity = self.render(message, None)
        if activity is None:
            return SendResult(Outcome.SENT)
        result = SendResult(Outcome.RETRY, error="the callback did not run")

        async def send(turn: TurnContext) -> None:
            nonlocal result
            await self._references.remember(message.staff_id, turn, self._now())
            await self._limiter.acquire(turn.activity.conversation.id)
            result = await send_in(turn, activity)

        try:
            await self._adapter.create_conversation(self._app_id, send, parameters, "msteams",
                                                    service_url)
        except Exception as error:  # noqa: BLE001 - 403/404: not installed for this user
            return refused(error)
        return result

    async def _new_conversation(
        self, staff_id: str
    ) -> tuple[ConversationParameters | None, str | None]:
        url = self._service_url or await self._references.latest_service_url()
        async with self._uow() as uow:
            staff = await uow.directory.staff_by_id(staff_id)
        if staff is None or not staff.aad_object_id or not self._tenant_id:
            return None, url
        user = ChannelAccount(id=staff.aad_object_id, aad_object_id=staff.aad_object_id)
        parameters = ConversationParameters(
            is_group=False, bot=ChannelAccount(id=f"28:{self._app_id}"), members=[user],
            tenant_id=self._tenant_id, channel_data={"tenant": {"id": self._tenant_id}})
        return parameters, url


async def send_in(turn: TurnContext, activity: Activity) -> SendResult:
    try:
        response = await turn.send_activity(activity)
    except Exception as error:  # noqa: BLE001 - decided by refused(); never on_turn_error
        return refused(error)
    conversation = turn.activity.conversation
    return SendResult(Outcome.SENT, activity_id=getattr(response, "id", None),
                      conversation_id=conversation.id if conversation else None)


def refused(error: Exception) -> SendResult:
    """Throttling, server errors, timeouts and our own auth: later. Other 4xx: never."""
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None) or getattr(response, "status", None)
    text = f"{type(error).__name__}: {error}"[:500]
    if not isinstance(status, int):
        return SendResult(Outcome.RETRY, error=text)
    headers = getattr(response, "headers", None) or {}
    if status in (401, 408, 429) or status >= 500:
        return SendResult(Outcome.RETRY, retry_after=_seconds(headers.get("Retry-After")),
                          error=f"HTTP {status}")
    return SendResult(Outcome.UNREACHABLE, error=f"HTTP {status}")


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: the backoff decides
