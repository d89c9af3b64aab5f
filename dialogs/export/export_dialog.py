"""`export <student>`: the student's whole file as an HTML document, sent in the personal
chat through Teams' file consent (the user chooses to accept it into their OneDrive).

    export … ──▶ one student? ──▶ export_file (access + audit) ──▶ keep the bytes
                                                                ──▶ FileConsentCard
    accept / decline arrive as a `fileConsent/invoke`: see bot/file_upload.py
"""

from __future__ import annotations

from typing import Any

from botbuilder.core import MessageFactory
from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult

from dialogs.common.commands import Command
from dialogs.common.context import Services, current_staff, language
from dialogs.common.markdown import escape_markdown
from dialogs.common.student_lookup import one_student
from dialogs.export.export_recipients import recipients_text
from dialogs.export.file_offer import FileOffers, OfferedFile, consent_card
from dialogs.texts import say, say_refused
from domain.access import EXPORTERS
from domain.errors import Refused
from domain.export import LeftOut
from domain.forms import CATALOGUE
from domain.roles import Role
from domain.school import Student
from domain.services.export_file import ExportDocument, export_file

EXPORT = Command("export", shows_student_data=True, for_roles=EXPORTERS)


class ExportDialog(Dialog):  # type: ignore[misc]
    def __init__(self, services: Services, offers: FileOffers) -> None:
        super().__init__(EXPORT.dialog_id)
        self._services, self._offers = services, offers

    async def begin_dialog(self, dc: DialogContext, options: Any = None) -> DialogTurnResult:
        typed = str((options or {}).get("args", "")).strip()
        lang = language(dc.context)
        if not typed:
            await dc.context.send_activity(say(lang, "EXPORT_USAGE"))
            return await dc.end_dialog()
        student = await one_student(dc.context, self._services, typed, also="export",
                                    also_title=say(lang, "EXPORT_BUTTON_EXPORT"))
        if student is not None:
            await self._offer(dc, student)
        return await dc.end_dialog()

    async def _offer(self, dc: DialogContext, student: Student) -> None:
        staff, lang = current_staff(dc.context), language(dc.context)
        try:
            document = await export_file(staff, student.number, self._services.uow(),
                                         self._services.now())
        except Refused as refusal:
            await dc.context.send_activity(say_refused(lang, refusal))
            return
        if document is None:
            await dc.context.send_activity(say(lang, "NOT_FOUND"))
            return
        file = offered(document, staff.id, student.number, self._services)
        token = self._offers.offer(file)
        description = say(lang, "CONSENT", name=student.full_name)
        await dc.context.send_activity(
            MessageFactory.text(offer_text(document, student.full_name, lang)))
        await dc.context.send_activity(
            MessageFactory.attachment(consent_card(file, token, description)))


def offered(document: ExportDocument, staff_id: str, number: str,
            services: Services) -> OfferedFile:
    return OfferedFile(staff_id, number, document.file_name, document.html.encode("utf-8"),
                       services.now())


def offer_text(document: ExportDocument, name: str, lang: str) -> str:
    offer = say(lang, "OFFER", name=escape_markdown(name),
                count=document.entry_count, file=escape_markdown(document.file_name),
                recipients=recipients_text(document.recipients, lang))
    return offer + left_out_text(document.left_out, lang)


def left_out_text(left_out: tuple[LeftOut, ...], lang: str) -> str:
    """How many forms of which types the export leaves out, and which role can export them."""
    if not left_out:
        return ""
    lines = [say(lang, "EXPORT_LEFT_OUT")]
    for item in left_out:
        form = CATALOGUE[item.form].name
        if item.exporters:
            roles = " / ".join(role.label_in(lang) for role in
                               sorted(item.exporters, key=list(Role).index))
            lines.append(say(lang, "EXPORT_LEFT_OUT_LINE", count=item.count, form=form,
                             roles=roles))
        else:
            lines.append(say(lang, "EXPORT_LEFT_OUT_NOBODY", count=item.count, form=form))
    return "\n\n" + "\n".join(lines)
