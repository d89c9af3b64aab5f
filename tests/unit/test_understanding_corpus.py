"""The corpus of staff messages (understanding_corpus.py), read the way the bot reads them:
the phrase reader, the student words, the name index and the ranking, on the demo school.
One test: it reports the share understood (at least 95 %) and fails at once on any message
that names a student its sender is not involved with."""

from __future__ import annotations

from datetime import date

from dialogs.common.commands import Command
from dialogs.interruptions import STOP, interrupting
from dialogs.logbook.logbook_request import parse_logbook_request
from dialogs.tasks.signal_dialog import split_topic
from dialogs.understanding import intents as i
from dialogs.understanding.reader import vocabulary_for
from dialogs.understanding.reading import understand
from domain.access import closeness
from domain.school import Staff, fold
from domain.services.find_students import name_words_known, ranked_students
from domain.services.rank_students import Ranked
from domain.student_names import StudentNames
from storage.demo import accounts
from storage.demo.school import build_school
from tests.unit.understanding_corpus import ANSWER, CHOICE, CORPUS, HINT

SCHOOL = build_school(600, 2024, date(2026, 11, 2))
NAMES = StudentNames(SCHOOL.students)
VIEWERS = {"M": accounts.DEMO_MENTOR, "D": accounts.DEMO_DOCENT, "T": accounts.DEMO_TEAMLEIDER}
REQUIRED_SHARE = 0.95


def _commands() -> tuple[Command, ...]:
    from bot.registry import build_dialogs  # the real command list, words and all
    from dialogs.common.context import Services
    from dialogs.export.file_offer import FileOffers
    from domain.absence.loader import default_protocol

    services = Services(uow=lambda: None, now=lambda: None)  # type: ignore[arg-type, return-value]
    return tuple(build_dialogs(services, FileOffers(), default_protocol())[1])


VOCABULARY = vocabulary_for(_commands())


def _search(viewer: Staff, typed: str) -> Ranked:
    words = fold(typed).split()
    return ranked_students(viewer, words, NAMES)


def _student(viewer: Staff, intent: str, args: str) -> tuple[str | None, Ranked | None]:
    typed = (parse_logbook_request(args).student if intent == i.LOGBOOK
             else split_topic(args)[0] if intent == i.SIGNAL else args)
    if not typed.strip():
        return None, None
    ranked = _search(viewer, typed)
    if ranked.chosen is not None:
        return ranked.chosen.number, ranked
    return (CHOICE if ranked.students else None), ranked


def outcome(who: str, text: str) -> tuple[str, str | None, Ranked | None]:
    """What the bot does with `text`: (intent, student number or CHOICE, the ranking)."""
    viewer = VIEWERS[who]
    mid_dialog = text.startswith("» ")
    text = text.removeprefix("» ")
    reading = understand(text, VOCABULARY, name_words_known(viewer, NAMES))
    if mid_dialog:
        reason = interrupting(text, reading, "add_form")
        if reason is None:
            return ANSWER, None, None
        if reason == STOP:
            return i.CANCEL, None, None
    intent = reading.intent
    if intent in (None, i.GREETING):
        named = reading.args and _search(viewer, reading.args).students
        intent = i.LOGBOOK if named else i.HELP if intent == i.GREETING else None
    if intent is None:
        return HINT, None, None
    if intent not in i.TAKES_STUDENT:
        return intent, None, None
    return (intent, *_student(viewer, intent, reading.args))


def test_staff_phrasing_is_understood() -> None:
    misread = []
    for who, text, intent, student in CORPUS:
        got_intent, got_student, ranked = outcome(who, text)
        for shown in ranked.students if ranked else ():
            assert closeness(VIEWERS[who], shown) is not None, (text, shown.number)
        if (got_intent, got_student) != (intent, student):
            misread.append(f"{who} {text!r}: {got_intent}/{got_student}, "
                           f"expected {intent}/{student}")
    share = 1 - len(misread) / len(CORPUS)
    print(f"\nunderstood {len(CORPUS) - len(misread)} of {len(CORPUS)} ({share:.1%})")
    print("\n".join(misread))
    assert len(CORPUS) >= 150
    assert share >= REQUIRED_SHARE, "\n".join(misread)
