"""The second half of sending a file in a personal chat: Teams' `fileConsent/invoke`.

Accept: PUT the bytes to the upload URL Teams gives (one range, the whole file), then show
the file info card that links to it. Decline: forget the offer and say so politely.
See "Send and receive files using a bot" (Teams platform docs).
"""

from __future__ import annotations

import logging

import aiohttp
from botbuilder.core import MessageFactory, TurnContext
from botbuilder.schema import Attachment
from botbuilder.schema.teams import FileConsentCardResponse, FileInfoCard, FileUploadInfo
from botbuilder.schema.teams.additional_properties import ContentType

from bot.env_values import is_loopback_url
from dialogs.common.context import Services, current_staff, language
from dialogs.export.export_dialog import offered
from dialogs.export.file_offer import FileOffers, OfferedFile
from dialogs.texts import say
from domain.errors import Refused
from domain.services.export_file import export_file

log = logging.getLogger(__name__)

UPLOAD_TIMEOUT = aiohttp.ClientTimeout(total=120)


class FileDelivery:
    def __init__(self, offers: FileOffers, services: Services, *,
                 loopback_only: bool = False) -> None:
        self._offers, self._services = offers, services
        # Local development has no token: any page could post an accept naming its own
        # server as the upload URL. Only the (loopback) connector's own flow is followed.
        self._loopback_only = loopback_only

    async def accept(self, turn: TurnContext, response: FileConsentCardResponse) -> None:
        context = response.context if isinstance(response.context, dict) else {}
        file = await self._file(turn, context)
        if file is None:
            await turn.send_activity(say(language(turn), "GONE"))
            return
        info: FileUploadInfo = response.upload_info
        refused = self._loopback_only and not is_loopback_url(info.upload_url)
        if refused:
            log.warning("refused an upload URL outside the loopback connector")
        if refused or not await upload(info.upload_url, file.content):
            await turn.send_activity(say(language(turn), "UPLOAD_FAILED",
                                         number=file.student_number))
            return
        card = Attachment(content_type=ContentType.FILE_INFO_CARD, name=info.name,
                          content_url=info.content_url,
                          content=FileInfoCard(unique_id=info.unique_id,
                                               file_type=info.file_type))
        await turn.send_activity(MessageFactory.attachment(
            card, text=say(language(turn), "UPLOADED")))

    async def decline(self, turn: TurnContext, response: FileConsentCardResponse) -> None:
        context = response.context if isinstance(response.context, dict) else {}
        self._offers.drop(str(context.get("offer", "")), current_staff(turn).id)
        await turn.send_activity(say(language(turn), "DECLINED"))

    async def _file(self, turn: TurnContext, context: dict[str, object]) -> OfferedFile | None:
        """The offered bytes; when gone (restart, too late) the file is made again, with
        the access check and the audit of a new export."""
        staff = current_staff(turn)
        file = self._offers.take(str(context.get("offer", "")), staff.id, self._services.now())
        number = str(context.get("student", ""))
        if file is not None or not number:
            return file
        try:
            document = await export_file(staff, number, self._services.uow(),
                                         self._services.now())
        except Refused:
            return None
        return offered(document, staff.id, number, self._services) if document else None


async def upload(url: str, content: bytes) -> bool:
    """One PUT with the whole file as its only range, as the upload session expects."""
    headers = {"Content-Length": str(len(content)),
               "Content-Range": f"bytes 0-{len(content) - 1}/{len(content)}"}
    try:
        async with aiohttp.ClientSession(timeout=UPLOAD_TIMEOUT) as http, http.put(
            url, data=content, headers=headers
        ) as answer:
            if answer.status < 300:
                return True
            log.warning("file upload refused: HTTP %s", answer.status)
    except (aiohttp.ClientError, TimeoutError) as error:
        log.warning("file upload failed: %s", type(error).__name__)
    return False
