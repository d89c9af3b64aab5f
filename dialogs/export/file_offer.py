"""Files the bot offers in a personal chat, waiting for the user's consent (Teams'
FileConsentCard flow): the bytes wait here until Teams sends `fileConsent/invoke`.

Offers live in this process only, a short while; an accept that finds none (a restart, a
second instance, too late) makes the file again, with access checked again.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

from botbuilder.schema import Attachment
from botbuilder.schema.teams import FileConsentCard
from botbuilder.schema.teams.additional_properties import ContentType


@dataclass(frozen=True)
class OfferedFile:
    staff_id: str  # only this staff member may accept it
    student_number: str
    name: str
    content: bytes
    offered_at: datetime


class FileOffers:
    def __init__(self, keep: timedelta = timedelta(minutes=30), most: int = 50) -> None:
        self._keep, self._most = keep, most
        self._offers: OrderedDict[str, OfferedFile] = OrderedDict()

    def offer(self, file: OfferedFile) -> str:
        token = secrets.token_urlsafe(16)
        self._offers[token] = file
        while len(self._offers) > self._most:  # the oldest go first; they can be made again
            self._offers.popitem(last=False)
        return token

    def take(self, token: str, staff_id: str, now: datetime) -> OfferedFile | None:
        """The offered file, once; None when unknown, too old or someone else's."""
        file = self._offers.get(token)
        if file is None or file.staff_id != staff_id:
            return None
        del self._offers[token]
        return file if now - file.offered_at <= self._keep else None

    def drop(self, token: str, staff_id: str) -> None:
        file = self._offers.get(token)
        if file is not None and file.staff_id == staff_id:
            del self._offers[token]


def consent_card(file: OfferedFile, token: str, description: str) -> Attachment:
    """Teams asks the user where to keep the file; the contexts come back in the invoke."""
    context = {"offer": token, "student": file.student_number}
    card = FileConsentCard(description=description, size_in_bytes=len(file.content),
                           accept_context=context, decline_context=context)
    return Attachment(content_type=ContentType.FILE_CONSENT_CARD, name=file.name, content=card)
