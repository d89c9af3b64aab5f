"""`signaal <student> <topic>`: human judgement raised by hand, by the right roles only; the
signal leaves a logbook form, an audit event and open actions in the logbook's header."""

from __future__ import annotations

from domain.absence.loader import default_protocol
from domain.absence.manual import ManualTopic
from domain.absence.protocol import RuleId
from domain.forms import CATALOGUE, FormType
from tests.dialogs.driver import DialogBot
from tests.dialogs.school import School
from tests.support.school import DOCENT, MENTOR, VC, ZUID_DOCENT

UNCLEAR = ManualTopic.UNCLEAR_ILLNESS.value


async def test_the_attendance_coordinator_raises_it_once_a_day(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(VC)
    [raised] = await chat.say(f"signaal Jan de Vries {UNCLEAR}")
    assert raised.starts_with("RAISED", topic=UNCLEAR, name="Jan de Vries")
    assert "mentor" in raised.text  # the tasks, with the roles they are for
    [again] = await chat.say(f"signaal Jan de Vries {UNCLEAR}")
    assert again.is_("ALREADY", name="Jan de Vries")
    [signal] = school.audit(VC, "signal")
    assert signal.student_number == "100001"
    assert len(school.uow.absences.signals) == 1


async def test_only_a_signal_with_an_lpa_step_leaves_a_verantwoordingsformulier(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    await chat.say("signaal 100001 bijzondere afspraken")
    assert school.entries() == []
    [raised] = await chat.say("signaal 100001 combinatie")
    assert raised.starts_with("RAISED", topic="combinatie", name="Jan de Vries")
    assert raised.text.index("persoonlijk op de hoogte") < raised.text.index(
        "Verstuurt de uitnodiging")  # the protocol's steps, in order
    [logbook] = await chat.say("logboek 100001")
    [form] = school.entries()
    assert form.form_type is FormType.VERANTWOORDING_VERZUIM
    assert CATALOGUE[FormType.VERANTWOORDING_VERZUIM].name in logbook.shown


async def test_without_a_topic_the_two_topics_are_offered(bot: DialogBot) -> None:
    [offer] = await bot.chat(MENTOR).say("signaal Jan de Vries")
    assert offer.says("WHICH_TOPIC", name="Jan de Vries")
    assert [data["text"] for _, data in offer.buttons] == [
        f"signaal 100001 {topic.value}" for topic in ManualTopic]


async def test_a_teacher_may_not_raise_a_signal(bot: DialogBot, school: School) -> None:
    [reply] = await bot.chat(DOCENT).say("signaal Jan de Vries bijzondere afspraken")
    assert reply.is_("SIGNAL_NOT_ALLOWED")
    assert school.uow.absences.signals == {} and school.entries() == []


async def test_a_student_one_is_not_involved_with_is_not_found(bot: DialogBot) -> None:
    chat = bot.chat(ZUID_DOCENT)
    [not_involved] = await chat.say("signaal 100001 bijzondere afspraken")
    [nobody] = await chat.say("signaal 999999 bijzondere afspraken")
    assert not_involved.is_("NOT_FOUND") and nobody.is_("NOT_FOUND")


async def test_without_a_student_the_command_explains_itself(bot: DialogBot) -> None:
    [usage] = await bot.chat(VC).say("signaal")
    assert usage.is_("SIGNAL_USAGE")


async def test_the_logbook_header_shows_the_open_actions_to_those_who_may_see_them(
    bot: DialogBot,
) -> None:
    await bot.chat(VC).say(f"signaal Jan de Vries {UNCLEAR}")
    [mentor_view] = await bot.chat(MENTOR).say("logboek 100001")
    assert mentor_view.says("OPEN_ACTIONS") and UNCLEAR in mentor_view.shown
    [docent_view] = await bot.chat(DOCENT).say("logboek 100001")
    assert not docent_view.says("OPEN_ACTIONS")


async def test_an_english_coordinator_reads_the_confirmation_in_english(
    bot: DialogBot,
) -> None:
    chat = bot.chat(VC, locale="en-US")
    [raised] = await chat.say(f"signal Jan de Vries {UNCLEAR}")
    assert raised.starts_with("RAISED", topic=UNCLEAR, name="Jan de Vries")
    assert "- attendance coordinator: " in raised.text  # the roles in English, and the
    # actions: the protocol's action_en (domain/absence/protocols/*.toml)
    [threshold] = default_protocol().rules[RuleId.MANUAL].thresholds[:1]
    assert [step.action_en in raised.text for step in threshold.steps] == [True] * 5
    assert not [step.action for step in threshold.steps if step.action in raised.text]
