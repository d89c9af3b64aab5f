"""An English-speaking user reads the domain's data in English too: the protocol's actions
(`tasks`, the prompt card, the logbook's open actions), the form fields' labels and choices
(stored in Dutch) and the details card; the school's form names stay Dutch, with a gloss."""

from __future__ import annotations

from datetime import date

from dialogs.common.markdown import escape_markdown
from dialogs.tasks.prompt_card import prompt_activity
from domain.absence.loader import default_protocol
from domain.absence.protocol import RuleId
from domain.forms import CATALOGUE, FormType
from domain.notify.prompt import ActionLine, Prompt
from domain.roles import Role
from tests.dialogs.driver import DialogBot, Reply
from tests.dialogs.school import School
from tests.support.school import MENTOR, TEAMLEIDER, VC

PROTOCOL = default_protocol()
STEPS = [step for rule in PROTOCOL.rules.values() for step in rule.all_steps()]
INCIDENT = CATALOGUE[FormType.INCIDENT]
DUTCH_FIELD_WORDS = [word for field in INCIDENT.fields
                     for word in (field.label, *field.choices)]


def english_of(dutch_start: str) -> str:
    return next(s.action_en for s in STEPS if s.action.startswith(dutch_start))


def no_dutch_actions(reply: Reply) -> bool:
    return not [step.action for step in STEPS if step.action in reply.shown]


async def test_an_english_mentor_reads_the_actions_of_tasks_in_english(
    bot: DialogBot, school: School,
) -> None:
    await school.register_lates(6)
    [listed] = await bot.chat(MENTOR, locale="en-US").say("tasks")
    assert english_of("Licht de ouders in met het verzoek") in listed.shown
    assert no_dutch_actions(listed)
    [dutch] = await bot.chat(MENTOR).say("taken")
    assert "Licht de ouders in met het verzoek" in dutch.shown


async def test_an_english_reader_of_the_logbook_reads_the_open_actions_in_english(
    bot: DialogBot, school: School,
) -> None:
    await school.register_lates(6)
    [logbook] = await bot.chat(MENTOR, locale="en-US").say("logbook 100001")
    assert logbook.says("OPEN_ACTIONS")
    assert english_of("Licht de ouders in met het verzoek") in logbook.shown
    assert no_dutch_actions(logbook)


def test_the_prompt_card_says_the_stored_dutch_actions_in_english() -> None:
    threshold = PROTOCOL.rules[RuleId.LATE].threshold_at(9)
    assert threshold is not None
    actions = tuple(ActionLine(n, step.role, step.action, date(2026, 11, 30))
                    for n, step in enumerate(threshold.steps, 1))
    prompt = Prompt("s1", "100001", "Jan de Vries", "2A", RuleId.LATE, 9, "", (),
                    actions, frozenset({Role.MENTOR}))
    card = Reply(prompt_activity([prompt], "en", 7, date(2026, 11, 25), PROTOCOL), "en")
    assert [s.action_en in card.shown for s in threshold.steps] == [True] * len(actions)
    assert no_dutch_actions(card)
    dutch = Reply(prompt_activity([prompt], "nl", 7, date(2026, 11, 25), PROTOCOL), "nl")
    assert threshold.steps[0].action in dutch.shown


async def test_an_english_team_leader_fills_in_the_incident_fields_in_english(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(TEAMLEIDER, locale="en-US")
    [forms] = await chat.say("new form 100001")
    assert INCIDENT.title_in("en") in forms.shown  # the school's name, glossed
    await chat.conversation("Incidentregistratie", "default")
    [fields] = await chat.say("yes")
    assert fields.starts_with("ASK_FIELDS_CARD", label="Date of the incident")
    for field in INCIDENT.fields:
        assert field.label_en in fields.shown
    assert "Bullying" in fields.shown and "Witness" in fields.shown
    assert not [word for word in DUTCH_FIELD_WORDS if word in fields.shown]
    replies = await chat.conversation("20-11-2026", "10.45", "bullying", "A talk",
                                      "Witness", "Call the parents", "A fight")
    assert replies[-1].starts_with("ASK_ATTACHMENT")
    _, summary = await chat.say("none")
    assert "**Kind of incident**: Bullying" in summary.text
    assert "**The student's role**: Witness" in summary.text
    assert not [word for word in DUTCH_FIELD_WORDS if word in summary.shown]
    await chat.say("save")
    [entry] = school.entries()
    assert (entry.fields["incident_kind"], entry.fields["student_role"]) == (
        "Pesten", "Getuige")  # stored in Dutch, whatever the author's language
    [details] = await chat.say(f"details {entry.id}")
    assert escape_markdown(INCIDENT.gloss_en) in details.shown  # under the Dutch name
    assert escape_markdown(INCIDENT.name) in details.shown
    assert "Kind of incident" in details.shown and "Bullying" in details.shown
    assert not [word for word in DUTCH_FIELD_WORDS if word in details.shown]


async def test_a_choice_typed_wrongly_lists_the_choices_in_english(bot: DialogBot) -> None:
    chat = bot.chat(TEAMLEIDER, locale="en-US")
    await chat.conversation("new form 100001", "Incidentregistratie", "default", "yes",
                            "20-11-2026", "10.45")
    refused, *_ = await chat.say("fighting")  # then the question again
    assert refused.starts_with("FIELD_UNKNOWN_CHOICE", label="Kind of incident"), refused
    assert "Aggression, Bullying" in refused.text and "Agressie" not in refused.text


async def test_a_manual_signal_reads_in_english_with_its_dutch_keyword(bot: DialogBot) -> None:
    await bot.chat(VC).say("signaal Jan de Vries ziektebeeld onduidelijk")
    chat = bot.chat(MENTOR, locale="en-US")
    [logbook] = await chat.say("logbook 100001")
    headline = chat.text("HEADLINE_MANUAL",
                         topic="unclear illness or capacity (ziektebeeld onduidelijk)")
    assert headline[:1].upper() + headline[1:] in logbook.shown
    assert english_of("Overlegt met coördinator leerlingzaken en IOT") in logbook.shown
    assert no_dutch_actions(logbook)
