"""A prompt's recipient without a stored chat: install the app for them through Graph and
address the prompt to the chat of that installation (see bot/teams/graph_client.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import aiohttp
from botbuilder.schema import ChannelAccount, ConversationAccount, ConversationReference

from bot.teams.graph_client import GraphClient, GraphError
from bot.teams.references import ReferenceBook
from domain.ports import UnitOfWork

log = logging.getLogger(__name__)

# What installing may raise; the notifier's refused() tells "later" from "never".
GRAPH_FAILURES = (GraphError, aiohttp.ClientError, TimeoutError)


class GraphChats:
    def __init__(self, *, client: GraphClient, uow: Callable[[], UnitOfWork],
                 references: ReferenceBook, app_id: str, tenant_id: str,
                 service_url: str = "") -> None:
        self._client, self._uow, self._references = client, uow, references
        self._app_id, self._tenant_id, self._service_url = app_id, tenant_id, service_url

    async def reference_for(self, staff_id: str) -> ConversationReference | None:
        """The installation's chat; None without a Teams user or endpoint to use. Raises
        one of GRAPH_FAILURES when Graph refuses or fails."""
        async with self._uow() as uow:
            staff = await uow.directory.staff_by_id(staff_id)
        url = self._service_url or await self._references.latest_service_url()
        if staff is None or not staff.aad_object_id or not url:
            return None
        try:
            chat_id = await self._client.personal_chat_id(staff.aad_object_id)
        except GRAPH_FAILURES as error:
            log.warning("installing the app through Graph failed: %s", type(error).__name__)
            raise
        user = ChannelAccount(id=staff.aad_object_id, aad_object_id=staff.aad_object_id)
        return ConversationReference(
            channel_id="msteams", service_url=url, user=user,
            bot=ChannelAccount(id=f"28:{self._app_id}"),
            conversation=ConversationAccount(id=chat_id, conversation_type="personal",
                                             tenant_id=self._tenant_id))
