"""At every question of the add-form dialog: `help` explains it, `terug` asks the one before,
`annuleer` stops; nothing typed so far is lost. And in English, every question is English."""

from __future__ import annotations

import pytest

from tests.dialogs.driver import DialogBot, DialogDriver
from tests.dialogs.school import School
from tests.support import catalogue
from tests.support.school import MENTOR

# (step, what the mentor types to reach it, the question it asks), in order; the answers
# give the information form for Jan with its defaults.
STEPS = [
    ("student", "nieuw formulier", "ASK_STUDENT"),
    ("form", "Jan de Vries", "ASK_FORM"),
    ("description", "2", "ASK_DESCRIPTION"),
    ("expiry", "Gesprek", "ASK_EXPIRY"),
    ("urgent", "standaard", "ASK_URGENT"),
    ("fields", "nee", "ASK_FIELD"),
    ("attachment", "Tekst", "ASK_ATTACHMENT"),
    ("access", "geen", "ASK_ACCESS"),
    ("summary", "standaard", "SUMMARY"),
]
SAVE = "opslaan"
NAMES = [name for name, _, _ in STEPS]


async def at_step(bot: DialogBot, index: int) -> DialogDriver:
    chat = bot.chat(MENTOR)
    replies = await chat.conversation(*(typed for _, typed, _ in STEPS[:index + 1]))
    assert replies[-1].says(STEPS[index][2]), replies
    return chat


async def finish(chat: DialogDriver, school: School, index: int) -> None:
    """Answer the rest of the questions from step `index` on, save, and find the form for
    Jan with every answer of STEPS in it."""
    answers = [typed for _, typed, _ in STEPS[index + 1:]]
    replies = await chat.conversation(*answers, SAVE)
    assert replies[-1].starts_with("SAVED"), replies
    [entry] = school.entries()
    assert (entry.student_number, entry.form_type.value) == ("100001", "informatie")
    assert entry.description == "Gesprek" and entry.fields == {"body": "Tekst"}


@pytest.mark.parametrize("index", range(len(STEPS)), ids=NAMES)
async def test_help_explains_the_step_and_the_question_still_waits(
    bot: DialogBot, school: School, index: int,
) -> None:
    chat = await at_step(bot, index)
    [explained] = await chat.say("help")
    name = NAMES[index]
    assert explained.says(f"STEP_HELP_{name.upper()}") and explained.says("HELP_TAIL")
    await finish(chat, school, index)


@pytest.mark.parametrize("index", range(len(STEPS)), ids=NAMES)
async def test_terug_asks_the_question_before_and_the_answers_given_stay(
    bot: DialogBot, school: School, index: int,
) -> None:
    chat = await at_step(bot, index)
    back = await chat.say("terug")
    before = max(index - 1, 0)  # at the first question, terug asks it again
    assert back[-1].says(STEPS[before][2]), back
    await finish(chat, school, before)  # what was answered before `before` is kept


@pytest.mark.parametrize("index", range(len(STEPS)), ids=NAMES)
async def test_annuleer_stops_and_saves_nothing(
    bot: DialogBot, school: School, index: int,
) -> None:
    chat = await at_step(bot, index)
    [stopped] = await chat.say("annuleer")
    assert stopped.is_("CANCELLED")
    [after] = await chat.say("Gesprek")  # no question waits any more
    assert after.is_("HINT")
    assert school.entries() == []


ENGLISH = ["new form", "Jan de Vries", "2", "Talk", "default", "no", "Text", "none",
           "default"]


async def test_an_english_user_reads_every_question_in_english(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR, locale="en-US")
    for typed, (_, _, key) in zip(ENGLISH, STEPS, strict=True):
        [question] = await chat.say(typed)
        assert question.says(key), question
        assert not catalogue.pattern("nl", key).search(question.shown), question
    [saved] = await chat.say("save")
    assert saved.is_("SAVED", form="Docent/mentor/teamleider - informatie",
                     student="Jan de Vries")
    [entry] = school.entries()
    assert (entry.description, entry.fields) == ("Talk", {"body": "Text"})


async def test_an_english_user_gets_help_back_and_cancel_in_english(bot: DialogBot) -> None:
    chat = bot.chat(MENTOR, locale="en-US")
    [form] = await chat.say("new form Jan de Vries")
    assert form.starts_with("ASK_FORM", student="Jan de Vries")
    [description] = await chat.say("2")
    assert description.starts_with("ASK_DESCRIPTION")
    [explained] = await chat.say("help")
    assert explained.says("STEP_HELP_DESCRIPTION") and explained.says("HELP_TAIL")
    [back] = await chat.say("back")
    assert back.starts_with("ASK_FORM", student="Jan de Vries")
    [stopped] = await chat.say("cancel")
    assert stopped.is_("CANCELLED") and stopped.text == "Stopped. Nothing was saved."
