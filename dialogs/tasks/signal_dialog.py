"""`signaal Jan de Vries ziektebeeld onduidelijk`: a signal raised by hand (DOMAIN.md §3).

Human judgement the engine does not compute ("ziektebeeld onduidelijk", "bijzondere
afspraken", "zorgen", "veel ongeoorloofd", "combinatie"), by a verzuimcoördinator, the IOT or
a mentor of the student. The signal is stored with its tasks and an audit row (a logbook
form when it reports to the LPA or DUO), and reaches its recipients like any other.

    signaal <student> <topic> ──▶ one student? ──▶ raise_manual_signal ──▶ confirmation
    signaal <student>         ──▶ buttons for the two topics
"""

from __future__ import annotations

from typing import Any, cast

from botbuilder.core import MessageFactory
from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult

from dialogs.common import adaptive
from dialogs.common.commands import Command
from dialogs.common.context import Services, current_staff, language
from dialogs.common.markdown import escape_markdown
from dialogs.common.student_lookup import one_student
from dialogs.texts import say
from domain.absence.manual import ManualTopic, NotAllowed, raise_manual_signal
from domain.absence.ports import AbsenceUnitOfWork, ConcurrentUpdate
from domain.absence.protocol import Protocol
from domain.access import SIGNAL_RAISERS
from domain.school import Student, fold

SIGNAL = Command("signal", shows_student_data=True, for_roles=SIGNAL_RAISERS)


def split_topic(args: str) -> tuple[str, ManualTopic | None]:
    """The student words and the topic typed after them, if any."""
    folded = fold(args)
    for topic in ManualTopic:
        if folded.endswith(topic.value):
            return args[: len(args) - len(topic.value)].strip(), topic
    return args.strip(), None


class SignalDialog(Dialog):  # type: ignore[misc]
    def __init__(self, services: Services, protocol: Protocol) -> None:
        super().__init__(SIGNAL.dialog_id)
        self._services, self._protocol = services, protocol

    async def begin_dialog(self, dc: DialogContext, options: Any = None) -> DialogTurnResult:
        typed, topic = split_topic(str((options or {}).get("args", "")))
        if not typed:
            await dc.context.send_activity(say(language(dc.context), "SIGNAL_USAGE"))
            return await dc.end_dialog()
        student = await one_student(dc.context, self._services, typed)
        if student is not None:
            await (self._raise(dc, student, topic) if topic else self._ask_topic(dc, student))
        return await dc.end_dialog()

    async def _ask_topic(self, dc: DialogContext, student: Student) -> None:
        lang = language(dc.context)
        name = escape_markdown(student.full_name)
        card = adaptive.card(
            [adaptive.text(say(lang, "WHICH_TOPIC", name=name))],
            [adaptive.submit(topic.value, f"signaal {student.number} {topic.value}")
             for topic in ManualTopic])
        await dc.context.send_activity(MessageFactory.attachment(adaptive.attachment(card)))

    async def _raise(self, dc: DialogContext, student: Student, topic: ManualTopic) -> None:
        lang, name = language(dc.context), escape_markdown(student.full_name)
        uow = cast(AbsenceUnitOfWork, self._services.uow())
        try:
            signal = await raise_manual_signal(
                current_staff(dc.context), student, topic, uow, self._protocol,
                self._services.now(), self._services.today())
        except NotAllowed:
            await dc.context.send_activity(say(lang, "SIGNAL_NOT_ALLOWED"))
            return
        except ConcurrentUpdate:
            await dc.context.send_activity(say(lang, "ALREADY", name=name))
            return
        said = self._protocol.action_in
        tasks = "\n".join(f"- {task.role.label_in(lang)}: {said(lang, task.action)} "
                          f"({task.due_on:%d-%m-%Y})" for task in signal.tasks)
        await dc.context.send_activity(
            say(lang, "RAISED", topic=topic.value, name=name, tasks=tasks))
